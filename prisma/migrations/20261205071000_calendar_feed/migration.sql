-- The private calendar feed: one per user, found by the SHA-256 of its URL token (the token
-- itself is never stored). No data-version trigger: making or rotating the link changes no
-- cached read.
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An event's calendar revision (ICS SEQUENCE), raised in one place whatever moves the event, so
-- subscribed calendars take the new time over the copy they hold.
ALTER TABLE "StageEvent" ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION "stage_event_sequence"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."scheduledAt" IS DISTINCT FROM OLD."scheduledAt" THEN
    NEW."sequence" := OLD."sequence" + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "stage_event_sequence" BEFORE UPDATE OF "scheduledAt" ON "StageEvent"
  FOR EACH ROW EXECUTE FUNCTION "stage_event_sequence"();

-- Events that left the calendar (deleted, or their time cleared) stay in the feed as
-- STATUS:CANCELLED, so subscribed calendars drop their copy. A step back (undo) takes its mark
-- away. Marks are written only for users that still exist: deleting a user cascades here too.
CREATE TABLE "CalendarCancellation" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "sequence" INTEGER NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarCancellation_pkey" PRIMARY KEY ("eventId")
);

CREATE INDEX "CalendarCancellation_userId_scheduledAt_idx" ON "CalendarCancellation"("userId", "scheduledAt");

ALTER TABLE "CalendarCancellation" ADD CONSTRAINT "CalendarCancellation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "stage_event_cancellation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."scheduledAt" IS NOT NULL AND (TG_OP = 'DELETE' OR NEW."scheduledAt" IS NULL) THEN
    INSERT INTO "CalendarCancellation" ("eventId", "userId", "scheduledAt", "sequence")
    SELECT OLD.id, OLD."userId", OLD."scheduledAt", OLD."sequence" + 1
    WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = OLD."userId")
    ON CONFLICT ("eventId") DO UPDATE SET "scheduledAt" = EXCLUDED."scheduledAt", "sequence" = EXCLUDED."sequence", "cancelledAt" = CURRENT_TIMESTAMP;
  ELSIF TG_OP <> 'DELETE' AND NEW."scheduledAt" IS NOT NULL THEN
    DELETE FROM "CalendarCancellation" WHERE "eventId" = NEW.id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "stage_event_cancellation" AFTER INSERT OR UPDATE OF "scheduledAt" OR DELETE ON "StageEvent"
  FOR EACH ROW EXECUTE FUNCTION "stage_event_cancellation"();
