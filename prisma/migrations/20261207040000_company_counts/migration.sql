-- The companies table's tier chips, its total and the archived view's count counted companies on
-- each read, as many as the user has; "CompanyCount" keeps them current instead, per user, tier
-- ('NONE' without one) and archive state, written by the triggers below in the same statement as
-- the change, whoever makes it (the app, an import, a restore, the command line).
CREATE TABLE "CompanyCount" (
  "userId" TEXT NOT NULL,
  "tier" TEXT NOT NULL,
  "archived" BOOLEAN NOT NULL,
  "n" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "CompanyCount_pkey" PRIMARY KEY ("userId", "tier", "archived")
);

ALTER TABLE "CompanyCount" ADD CONSTRAINT "CompanyCount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Companies inserted, deleted or changed: each old row counted -1, each new row +1. (PL/pgSQL
-- plans a statement when it first runs it, so each branch names only its trigger's tables.)
-- Counts are added only for users that still exist: deleting a user cascades to its companies
-- after the cascade may have removed the user's counts (as in application_count_add).
CREATE FUNCTION "company_count_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT w."userId", coalesce(w.tier::text, 'NONE') AS tier, w."archivedAt" IS NOT NULL AS archived, 1 AS n FROM new_rows w) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."userId", coalesce(r.tier::text, 'NONE') AS tier, r."archivedAt" IS NOT NULL AS archived, -1 AS n FROM old_rows r) d;
  ELSE
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."userId", coalesce(r.tier::text, 'NONE') AS tier, r."archivedAt" IS NOT NULL AS archived, -1 AS n
      FROM old_rows r JOIN new_rows w ON w.id = r.id
      WHERE (r.tier, r."archivedAt" IS NULL) IS DISTINCT FROM (w.tier, w."archivedAt" IS NULL)
      UNION ALL
      SELECT w."userId", coalesce(w.tier::text, 'NONE'), w."archivedAt" IS NOT NULL, 1
      FROM new_rows w JOIN old_rows r ON r.id = w.id
      WHERE (r.tier, r."archivedAt" IS NULL) IS DISTINCT FROM (w.tier, w."archivedAt" IS NULL)) d;
  END IF;
  IF deltas IS NOT NULL THEN
    INSERT INTO "CompanyCount" AS k ("userId", tier, archived, n)
    SELECT d."userId", d.tier, d.archived, sum(d.n)::int
    FROM jsonb_to_recordset(deltas) AS d("userId" text, tier text, archived boolean, n int)
    WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = d."userId")
    GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
    ON CONFLICT ("userId", tier, archived) DO UPDATE SET n = k.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Company_company_count_insert" AFTER INSERT ON "Company" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "company_count_rows"();
CREATE TRIGGER "Company_company_count_update" AFTER UPDATE ON "Company" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "company_count_rows"();
CREATE TRIGGER "Company_company_count_delete" AFTER DELETE ON "Company" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "company_count_rows"();

INSERT INTO "CompanyCount" ("userId", tier, archived, n)
SELECT "userId", coalesce(tier::text, 'NONE'), "archivedAt" IS NOT NULL, count(*)::int
FROM "Company" GROUP BY 1, 2, 3;

-- The companies table's first page in its default order (last activity, newest first, then the
-- tier list's order, then by name) read from an index: 25 rows, not a sort of every company.
CREATE INDEX "Company_userId_lastActivity_idx" ON "Company"("userId", (greatest("updatedAt", "latestChangedAt")) DESC NULLS LAST, "tierListOrder" ASC NULLS LAST, "name" COLLATE "zh-x-icu", "id") WHERE "archivedAt" IS NULL;
