-- The board's column counts and the dashboard's funnel count applications by (tier of the
-- company, stage, outcome). Counting them on each read costs as much as there are applications;
-- "ApplicationCount" keeps those counts current instead, for the applications of companies that
-- are not archived, written by the triggers below in the same statement as the change, whoever
-- makes it (the app, an import, a restore, the command line).
CREATE TABLE "ApplicationCount" (
  "userId" TEXT NOT NULL,
  "tier" TEXT NOT NULL,
  "stage" "Stage" NOT NULL,
  "outcome" "Outcome" NOT NULL,
  "n" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "ApplicationCount_pkey" PRIMARY KEY ("userId", "tier", "stage", "outcome")
);

ALTER TABLE "ApplicationCount" ADD CONSTRAINT "ApplicationCount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Adds signed counts ("userId", tier, stage, outcome, n) to the kept ones.
CREATE FUNCTION "application_count_add"(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ApplicationCount" AS k ("userId", tier, stage, outcome, n)
  SELECT d."userId", d.tier, d.stage, d.outcome, sum(d.n)::int
  FROM jsonb_to_recordset(deltas) AS d("userId" text, tier text, stage "Stage", outcome "Outcome", n int)
  GROUP BY 1, 2, 3, 4 HAVING sum(d.n) <> 0
  ON CONFLICT ("userId", tier, stage, outcome) DO UPDATE SET n = k.n + EXCLUDED.n;
$$;

-- Applications inserted, deleted or changed: each old row counted -1, each new row +1, under
-- its company's tier, when the company is not archived. (In a company's cascade delete the
-- company is already gone here: its BEFORE DELETE trigger has taken its applications out.)
CREATE FUNCTION "application_count_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."userId", coalesce(c.tier::text, 'NONE') AS tier, r.stage, r.outcome, 1 AS n
      FROM new_rows r JOIN "Company" c ON c.id = r."companyId" AND c."archivedAt" IS NULL) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."userId", coalesce(c.tier::text, 'NONE') AS tier, r.stage, r.outcome, -1 AS n
      FROM old_rows r JOIN "Company" c ON c.id = r."companyId" AND c."archivedAt" IS NULL) d;
  ELSE
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."userId", coalesce(c.tier::text, 'NONE') AS tier, r.stage, r.outcome, -1 AS n
      FROM old_rows r JOIN new_rows w ON w.id = r.id JOIN "Company" c ON c.id = r."companyId" AND c."archivedAt" IS NULL
      WHERE (r."companyId", r.stage, r.outcome) IS DISTINCT FROM (w."companyId", w.stage, w.outcome)
      UNION ALL
      SELECT w."userId", coalesce(c.tier::text, 'NONE'), w.stage, w.outcome, 1
      FROM new_rows w JOIN old_rows r ON r.id = w.id JOIN "Company" c ON c.id = w."companyId" AND c."archivedAt" IS NULL
      WHERE (r."companyId", r.stage, r.outcome) IS DISTINCT FROM (w."companyId", w.stage, w.outcome)) d;
  END IF;
  IF deltas IS NOT NULL THEN
    PERFORM "application_count_add"(deltas);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Application_count_insert" AFTER INSERT ON "Application" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_count_rows"();
CREATE TRIGGER "Application_count_update" AFTER UPDATE ON "Application" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_count_rows"();
CREATE TRIGGER "Application_count_delete" AFTER DELETE ON "Application" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_count_rows"();

-- Companies whose tier changed, or that were archived or restored: their applications move
-- from the old (tier, live) to the new one.
CREATE FUNCTION "application_count_companies"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  SELECT jsonb_agg(d) INTO deltas FROM (
    SELECT a."userId", coalesce(ch.old_tier::text, 'NONE') AS tier, a.stage, a.outcome, -1 AS n
    FROM (SELECT o.id, o.tier AS old_tier FROM old_rows o JOIN new_rows w ON w.id = o.id
          WHERE o."archivedAt" IS NULL AND (w.tier IS DISTINCT FROM o.tier OR w."archivedAt" IS NOT NULL)) ch
    JOIN "Application" a ON a."companyId" = ch.id
    UNION ALL
    SELECT a."userId", coalesce(ch.new_tier::text, 'NONE'), a.stage, a.outcome, 1
    FROM (SELECT w.id, w.tier AS new_tier FROM new_rows w JOIN old_rows o ON o.id = w.id
          WHERE w."archivedAt" IS NULL AND (w.tier IS DISTINCT FROM o.tier OR o."archivedAt" IS NOT NULL)) ch
    JOIN "Application" a ON a."companyId" = ch.id) d;
  IF deltas IS NOT NULL THEN
    PERFORM "application_count_add"(deltas);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Company_count_update" AFTER UPDATE ON "Company" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_count_companies"();

-- A company deleted: its applications leave the counts before the cascade deletes them.
CREATE FUNCTION "application_count_company_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF OLD."archivedAt" IS NULL THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT a."userId", coalesce(OLD.tier::text, 'NONE') AS tier, a.stage, a.outcome, -1 AS n
      FROM "Application" a WHERE a."companyId" = OLD.id) d;
    IF deltas IS NOT NULL THEN
      PERFORM "application_count_add"(deltas);
    END IF;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "Company_count_delete" BEFORE DELETE ON "Company" FOR EACH ROW EXECUTE FUNCTION "application_count_company_delete"();

INSERT INTO "ApplicationCount" ("userId", tier, stage, outcome, n)
SELECT a."userId", coalesce(c.tier::text, 'NONE'), a.stage, a.outcome, count(*)::int
FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND c."archivedAt" IS NULL
GROUP BY 1, 2, 3, 4;

-- The board's columns: a page of cards per column, newest change first, read from an index
-- (active applications by stage; 已 offer and 挂 by outcome alone), and the companies with no
-- application yet (待投递) by their last change.
DROP INDEX "Application_userId_stage_outcome_idx";
CREATE INDEX "Application_userId_outcome_stage_updatedAt_id_idx" ON "Application"("userId", "outcome", "stage", "updatedAt", "id");
CREATE INDEX "Application_userId_outcome_updatedAt_id_idx" ON "Application"("userId", "outcome", "updatedAt", "id");
DROP INDEX "Company_userId_latestStage_idx";
CREATE INDEX "Company_userId_latestStage_updatedAt_id_idx" ON "Company"("userId", "latestStage", "updatedAt", "id");
-- The companies table sorted by next event: the companies with none, after the rest, by id.
CREATE INDEX "Company_userId_id_idx" ON "Company"("userId", "id");
-- Companies by tier and this week's events counted from indexes alone, the archived companies
-- found without reading the others, and pending events walked in (time, id) order.
DROP INDEX "Company_userId_tier_idx";
CREATE INDEX "Company_userId_archivedAt_tier_idx" ON "Company"("userId", "archivedAt", "tier");
DROP INDEX "StageEvent_userId_scheduledAt_idx";
CREATE INDEX "StageEvent_userId_scheduledAt_id_stage_idx" ON "StageEvent"("userId", "scheduledAt", "id", "stage");
