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
