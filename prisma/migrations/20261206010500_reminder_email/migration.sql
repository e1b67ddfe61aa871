-- Reminders by email (when the instance has SMTP): the account's address, or another one the user
-- confirmed with the code of a test mail. A reminder is claimed and sent once per channel.
CREATE TYPE "ReminderChannelType" AS ENUM ('WEBHOOK', 'EMAIL');

CREATE TABLE "ReminderEmail" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "address" TEXT,
    "confirmedAt" TIMESTAMPTZ(3),
    "codeHash" TEXT,
    "lastSentAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderEmail_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ReminderEmail_userId_key" ON "ReminderEmail"("userId");

ALTER TABLE "ReminderEmail" ADD CONSTRAINT "ReminderEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SentReminder" ADD COLUMN "channel" "ReminderChannelType" NOT NULL DEFAULT 'WEBHOOK';
DROP INDEX "SentReminder_eventId_kind_scheduledAt_key";
CREATE UNIQUE INDEX "SentReminder_eventId_kind_scheduledAt_channel_key" ON "SentReminder"("eventId", "kind", "scheduledAt", "channel");
