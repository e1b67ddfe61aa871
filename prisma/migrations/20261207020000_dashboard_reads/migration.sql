-- The events still waiting for their result, by time: the navigation's 需要更新 count and the
-- dashboard's overdue list, this week's count and the upcoming list walk it from `now` and stop
-- after the few rows they need, whatever the user's events that already have a result.
CREATE INDEX "StageEvent_pending_idx" ON "StageEvent"("userId", "scheduledAt", "id", "stage", "applicationId") WHERE "result" = 'PENDING';

-- The dashboard's companies by tier and its tier portfolio count the companies not archived by
-- (tier, latest application's stage, its outcome). Counting them on each read costs as much as
-- there are companies; "CompanyCount" keeps those counts current instead, written by the
-- triggers below in the same statement as the change, whoever makes it (the app, an import, a
-- restore, the command line, the triggers that keep Company."latestStage"). "tier", "stage" and
-- "outcome" hold "NONE" where the company has none.
CREATE TABLE "CompanyCount" (
  "userId" TEXT NOT NULL,
  "tier" TEXT NOT NULL,
  "stage" TEXT NOT NULL,
  "outcome" TEXT NOT NULL,
  "n" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "CompanyCount_pkey" PRIMARY KEY ("userId", "tier", "stage", "outcome")
);

ALTER TABLE "CompanyCount" ADD CONSTRAINT "CompanyCount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Adds signed counts ("userId", tier, stage, outcome, n) to the kept ones, for users that still
-- exist (a user's deletion cascades to its companies, whose counts it may have removed already).
CREATE FUNCTION "company_count_add"(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompanyCount" AS k ("userId", tier, stage, outcome, n)
  SELECT d."userId", d.tier, d.stage, d.outcome, sum(d.n)::int
  FROM jsonb_to_recordset(deltas) AS d("userId" text, tier text, stage text, outcome text, n int)
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = d."userId")
  GROUP BY 1, 2, 3, 4 HAVING sum(d.n) <> 0
  ON CONFLICT ("userId", tier, stage, outcome) DO UPDATE SET n = k.n + EXCLUDED.n;
$$;

-- Companies inserted, deleted or changed: each old row not archived counted -1 under its key,
-- each new one +1; an update that moves no company's key or archive state writes nothing.
CREATE FUNCTION "company_count_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT w."userId", coalesce(w.tier::text, 'NONE') AS tier, coalesce(w."latestStage"::text, 'NONE') AS stage, coalesce(w."latestOutcome"::text, 'NONE') AS outcome, 1 AS n
      FROM new_rows w WHERE w."archivedAt" IS NULL) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT o."userId", coalesce(o.tier::text, 'NONE') AS tier, coalesce(o."latestStage"::text, 'NONE') AS stage, coalesce(o."latestOutcome"::text, 'NONE') AS outcome, -1 AS n
      FROM old_rows o WHERE o."archivedAt" IS NULL) d;
  ELSE
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT o."userId", coalesce(o.tier::text, 'NONE') AS tier, coalesce(o."latestStage"::text, 'NONE') AS stage, coalesce(o."latestOutcome"::text, 'NONE') AS outcome, -1 AS n
      FROM old_rows o JOIN new_rows w ON w.id = o.id
      WHERE o."archivedAt" IS NULL AND (o.tier, o."latestStage", o."latestOutcome", o."archivedAt") IS DISTINCT FROM (w.tier, w."latestStage", w."latestOutcome", w."archivedAt")
      UNION ALL
      SELECT w."userId", coalesce(w.tier::text, 'NONE'), coalesce(w."latestStage"::text, 'NONE'), coalesce(w."latestOutcome"::text, 'NONE'), 1
      FROM new_rows w JOIN old_rows o ON o.id = w.id
      WHERE w."archivedAt" IS NULL AND (o.tier, o."latestStage", o."latestOutcome", o."archivedAt") IS DISTINCT FROM (w.tier, w."latestStage", w."latestOutcome", w."archivedAt")) d;
  END IF;
  IF deltas IS NOT NULL THEN
    PERFORM "company_count_add"(deltas);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Company_keys_count_insert" AFTER INSERT ON "Company" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "company_count_rows"();
CREATE TRIGGER "Company_keys_count_update" AFTER UPDATE ON "Company" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "company_count_rows"();
CREATE TRIGGER "Company_keys_count_delete" AFTER DELETE ON "Company" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "company_count_rows"();

INSERT INTO "CompanyCount" ("userId", tier, stage, outcome, n)
SELECT c."userId", coalesce(c.tier::text, 'NONE'), coalesce(c."latestStage"::text, 'NONE'), coalesce(c."latestOutcome"::text, 'NONE'), count(*)::int
FROM "Company" c WHERE c."archivedAt" IS NULL
GROUP BY 1, 2, 3, 4;
