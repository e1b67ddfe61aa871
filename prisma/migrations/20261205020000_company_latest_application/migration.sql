-- What the companies table shows, filters and sorts on from a company's applications (the stage
-- and outcome of its latest application, and when that changed) is kept on the company itself,
-- so a page of the table reads companies alone instead of every application of the user.
-- company_refresh_latest() is the one definition of those keys: every write that changes an
-- application calls it in the same transaction (lib/services/company-keys.ts), and it fills them
-- here for the rows that exist.
ALTER TABLE "Company" ADD COLUMN "latestStage" "Stage",
  ADD COLUMN "latestOutcome" "Outcome",
  ADD COLUMN "latestChangedAt" TIMESTAMPTZ(3);

-- The companies `company_ids` of user `user_id` (all of the user's with NULL) get the keys of
-- their latest application (by creation), or NULLs when they have none (待投递).
CREATE FUNCTION "company_refresh_latest"(user_id text, company_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Company" c
  SET "latestStage" = la.stage, "latestOutcome" = la.outcome, "latestChangedAt" = la."updatedAt"
  FROM (
    SELECT k.id, l.stage, l.outcome, l."updatedAt"
    FROM "Company" k
    LEFT JOIN LATERAL (
      SELECT a.stage, a.outcome, a."updatedAt" FROM "Application" a
      WHERE a."userId" = user_id AND a."companyId" = k.id
      ORDER BY a."createdAt" DESC, a.id DESC LIMIT 1
    ) l ON true
    WHERE k."userId" = user_id AND (company_ids IS NULL OR k.id = ANY(company_ids))
  ) la
  WHERE c.id = la.id AND c."userId" = user_id
    AND (c."latestStage", c."latestOutcome", c."latestChangedAt") IS DISTINCT FROM (la.stage, la.outcome, la."updatedAt");
$$;

SELECT "company_refresh_latest"(u.id, NULL) FROM "User" u;

-- CreateIndex
CREATE INDEX "Company_userId_latestStage_idx" ON "Company"("userId", "latestStage");
