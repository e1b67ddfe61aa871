-- The feed lists an archived company's scheduled events as cancelled, as the app's calendar
-- leaves them out, and lists them again when the company is restored. Each time, their calendar
-- revision (ICS SEQUENCE) goes up by one, so subscribed calendars take the change over the copy
-- they hold: archived, the cancellation outranks the event they have; restored, the event
-- outranks the cancellation. The trigger that keeps "live" for archived and restored companies
-- (migration live_events) finds those applications already, so it raises the revision too.
CREATE OR REPLACE FUNCTION "stage_event_live_companies"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved TEXT[];
BEGIN
  moved := ARRAY(
    SELECT a.id FROM new_rows w JOIN old_rows o ON o.id = w.id
    JOIN "Application" a ON a."userId" = w."userId" AND a."companyId" = w.id
    WHERE (w."archivedAt" IS NULL) <> (o."archivedAt" IS NULL));
  IF cardinality(moved) > 0 THEN
    PERFORM "stage_event_live_refresh"(moved);
    UPDATE "StageEvent" e SET "sequence" = e."sequence" + 1
    FROM "Application" a
    WHERE a.id = ANY(moved) AND e."userId" = a."userId" AND e."applicationId" = a.id AND e."scheduledAt" IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
