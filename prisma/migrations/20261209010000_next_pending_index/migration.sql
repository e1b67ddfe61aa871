-- An application's next event still waiting for its result (the companies table's and the
-- board's next event, 准备下一场's): found by one descent, in time order, instead of reading
-- every event of the application and sorting the pending ones.
CREATE INDEX "StageEvent_next_pending_idx" ON "StageEvent"("userId", "applicationId", "scheduledAt") WHERE "result" = 'PENDING';
