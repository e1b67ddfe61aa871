-- A sent reminder outlives its event's row: undo deletes a step and writes it back with the same
-- id, and its reminders must not go out a second time. The user's cascade still removes them.
ALTER TABLE "SentReminder" DROP CONSTRAINT "SentReminder_eventId_fkey";
