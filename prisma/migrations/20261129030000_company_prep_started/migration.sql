-- The starter prep tasks are added once per company: this records when (NULL = not yet), so a
-- company whose tasks were all deleted does not get them back on the next visit.
ALTER TABLE "Company" ADD COLUMN "prepStartedAt" TIMESTAMPTZ(3);

-- Companies that already have tasks have had their start.
UPDATE "Company" c SET "prepStartedAt" = CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "PrepTask" t WHERE t."companyId" = c.id);
