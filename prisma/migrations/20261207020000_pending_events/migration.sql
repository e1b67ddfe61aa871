-- The events still waiting for their result, by time: the navigation's 需要更新 count and the
-- dashboard's overdue list, this week's count and the upcoming list walk it from `now` and stop
-- after the few rows they need, whatever the user's events that already have a result.
CREATE INDEX "StageEvent_pending_idx" ON "StageEvent"("userId", "scheduledAt", "id", "stage", "applicationId") WHERE "result" = 'PENDING';
