-- A cancellation mark is changed or taken away only by events of the user it belongs to: event
-- ids come back from restored backups, so one user's event can never touch another's mark.
CREATE OR REPLACE FUNCTION "stage_event_cancellation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."scheduledAt" IS NOT NULL AND (TG_OP = 'DELETE' OR NEW."scheduledAt" IS NULL) THEN
    INSERT INTO "CalendarCancellation" AS k ("eventId", "userId", "scheduledAt", "sequence")
    SELECT OLD.id, OLD."userId", OLD."scheduledAt", OLD."sequence" + 1
    WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = OLD."userId")
    ON CONFLICT ("eventId") DO UPDATE SET "scheduledAt" = EXCLUDED."scheduledAt", "sequence" = EXCLUDED."sequence", "cancelledAt" = CURRENT_TIMESTAMP
    WHERE k."userId" = EXCLUDED."userId";
  ELSIF TG_OP <> 'DELETE' AND NEW."scheduledAt" IS NOT NULL THEN
    DELETE FROM "CalendarCancellation" WHERE "eventId" = NEW.id AND "userId" = NEW."userId";
  END IF;
  RETURN NULL;
END;
$$;
