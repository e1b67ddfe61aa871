-- The calendar reads the link deadlines of the days in view by range, as it reads scheduled times.
CREATE INDEX "StageEvent_userId_linkExpiresAt_idx" ON "StageEvent"("userId", "linkExpiresAt");
