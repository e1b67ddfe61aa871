-- Company names sort as people read them: Chinese by pinyin, Latin letters without regard to
-- case (ICU's "zh" collation, which PostgreSQL has wherever it is built with ICU, as the
-- embedded server is). The index keeps that order cheap per user. Prisma's schema lists it as
-- a plain (userId, name) index: it has no syntax for a column's collation.
CREATE INDEX "Company_userId_name_idx" ON "Company" ("userId", "name" COLLATE "zh-x-icu");

-- A company's place in the notes' tier list (1 = first listed), set by the import: the order
-- the person wrote, which breaks ties in the table (after an import every company changed at
-- the same instant) and is a column of the CSV export. NULL for companies added by hand.
ALTER TABLE "Company" ADD COLUMN "tierListOrder" INTEGER;
