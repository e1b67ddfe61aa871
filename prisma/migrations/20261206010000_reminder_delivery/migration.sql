-- Reminders are claimed before they are sent and marked with the outcome afterwards, so no
-- transaction stays open while a webhook or mail server answers. Rows written before this change
-- were all sent.
CREATE TYPE "ReminderState" AS ENUM ('CLAIMED', 'SENT', 'FAILED');

ALTER TABLE "SentReminder"
  ADD COLUMN "state" "ReminderState" NOT NULL DEFAULT 'SENT',
  ADD COLUMN "claimedAt" TIMESTAMPTZ(3),
  ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "error" TEXT,
  ALTER COLUMN "sentAt" DROP NOT NULL,
  ALTER COLUMN "sentAt" DROP DEFAULT;

UPDATE "SentReminder" SET "claimedAt" = "sentAt";
ALTER TABLE "SentReminder"
  ALTER COLUMN "claimedAt" SET NOT NULL,
  ALTER COLUMN "claimedAt" SET DEFAULT CURRENT_TIMESTAMP,
  ALTER COLUMN "state" SET DEFAULT 'CLAIMED';

DROP INDEX "SentReminder_userId_sentAt_idx";
CREATE INDEX "SentReminder_userId_claimedAt_idx" ON "SentReminder"("userId", "claimedAt");
