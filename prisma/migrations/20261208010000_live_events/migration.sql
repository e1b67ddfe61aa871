-- An event is live when its application is still active and its company not archived: the
-- events 需要更新, this week's count and the 仪表盘 badge count. Those counts walk the pending
-- events in time order; without the flag each step looked up the event's application and
-- company, and two of three past pending events (on applications closed since) were read only
-- to be skipped. "live" is kept by the triggers below in the statement that changes it, whoever
-- makes the change (the app, an import, a restore, the command line); the app never writes it.
-- The triggers read the rows as their transaction sees them, so two writes of one user must not
-- run side by side: every write takes the user's row first (transaction() in lib/db.ts). Nothing
-- may be written between the backfill below and the triggers (a second instance running): the
-- three tables are locked until this migration commits.
LOCK TABLE "StageEvent", "Application", "Company" IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE "StageEvent" ADD COLUMN "live" BOOLEAN NOT NULL DEFAULT true;

-- The events of these applications take their applications' state as it now is.
CREATE FUNCTION "stage_event_live_refresh"(application_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "StageEvent" e SET "live" = ch.live
  FROM (
    SELECT a.id, a."userId", a.outcome = 'ACTIVE' AND c."archivedAt" IS NULL AS live
    FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND c."userId" = a."userId"
    WHERE a.id = ANY(application_ids)
  ) ch
  WHERE e."userId" = ch."userId" AND e."applicationId" = ch.id AND e."live" IS DISTINCT FROM ch.live;
$$;

SELECT "stage_event_live_refresh"(ARRAY(SELECT id FROM "Application"));

-- A new event (or one moved to another application) takes its application's state.
CREATE FUNCTION "stage_event_live"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."live" := EXISTS (
    SELECT 1 FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND c."userId" = NEW."userId"
    WHERE a.id = NEW."applicationId" AND a."userId" = NEW."userId" AND a.outcome = 'ACTIVE' AND c."archivedAt" IS NULL);
  RETURN NEW;
END $$;

CREATE TRIGGER "StageEvent_live" BEFORE INSERT OR UPDATE OF "applicationId" ON "StageEvent"
  FOR EACH ROW EXECUTE FUNCTION "stage_event_live"();

-- Applications closed or reopened (or moved to another company): their events follow.
CREATE FUNCTION "stage_event_live_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stage_event_live_refresh"(ARRAY(
    SELECT w.id FROM new_rows w JOIN old_rows o ON o.id = w.id
    WHERE w.outcome IS DISTINCT FROM o.outcome OR w."companyId" IS DISTINCT FROM o."companyId"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Application_live_update" AFTER UPDATE ON "Application" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stage_event_live_applications"();

-- Companies archived or restored: the events of their applications follow.
CREATE FUNCTION "stage_event_live_companies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stage_event_live_refresh"(ARRAY(
    SELECT a.id FROM new_rows w JOIN old_rows o ON o.id = w.id
    JOIN "Application" a ON a."userId" = w."userId" AND a."companyId" = w.id
    WHERE (w."archivedAt" IS NULL) <> (o."archivedAt" IS NULL)));
  RETURN NULL;
END $$;

CREATE TRIGGER "Company_live_update" AFTER UPDATE ON "Company" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stage_event_live_companies"();

-- The live events still waiting for their result, by time: a count stops after its cap.
DROP INDEX "StageEvent_pending_idx";
CREATE INDEX "StageEvent_pending_idx" ON "StageEvent"("userId", "scheduledAt", "id", "stage", "applicationId") WHERE "result" = 'PENDING' AND "live";
