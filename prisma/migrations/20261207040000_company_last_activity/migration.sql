-- The companies table's first page in its default order (last activity, newest first, then the
-- tier list's order, then by name) read from an index: 25 rows, not a sort of every company.
CREATE INDEX "Company_userId_lastActivity_idx" ON "Company"("userId", (greatest("updatedAt", "latestChangedAt")) DESC NULLS LAST, "tierListOrder" ASC NULLS LAST, "name" COLLATE "zh-x-icu", "id") WHERE "archivedAt" IS NULL;
