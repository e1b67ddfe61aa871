-- CreateEnum
CREATE TYPE "WebhookPreset" AS ENUM ('GENERIC', 'WECOM', 'FEISHU', 'BARK', 'SERVERCHAN');

-- CreateTable
CREATE TABLE "ReminderChannel" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "preset" "WebhookPreset" NOT NULL,
    "url" TEXT NOT NULL,
    "lastSentAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentReminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderChannel_userId_key" ON "ReminderChannel"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SentReminder_eventId_kind_scheduledAt_key" ON "SentReminder"("eventId", "kind", "scheduledAt");

-- CreateIndex
CREATE INDEX "SentReminder_userId_sentAt_idx" ON "SentReminder"("userId", "sentAt");

-- AddForeignKey
ALTER TABLE "ReminderChannel" ADD CONSTRAINT "ReminderChannel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentReminder" ADD CONSTRAINT "SentReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentReminder" ADD CONSTRAINT "SentReminder_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "StageEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
