-- Spaced repetition: FSRS cards per (user, question) and the log of every rating, with the card's
-- state before it (undo, replay).
CREATE TYPE "CardState" AS ENUM ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING');

CREATE TYPE "ReviewSource" AS ENUM ('REVIEW', 'MANUAL', 'ENCOUNTER');

CREATE TABLE "ReviewCard" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "due" TIMESTAMPTZ(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" "CardState" NOT NULL,
    "lastReview" TIMESTAMPTZ(3),

    CONSTRAINT "ReviewCard_pkey" PRIMARY KEY ("userId","questionId")
);

CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "source" "ReviewSource" NOT NULL,
    "reviewedAt" TIMESTAMPTZ(3) NOT NULL,
    "prevDue" TIMESTAMPTZ(3) NOT NULL,
    "prevStability" DOUBLE PRECISION NOT NULL,
    "prevDifficulty" DOUBLE PRECISION NOT NULL,
    "prevElapsedDays" INTEGER NOT NULL,
    "prevScheduledDays" INTEGER NOT NULL,
    "prevReps" INTEGER NOT NULL,
    "prevLapses" INTEGER NOT NULL,
    "prevState" "CardState" NOT NULL,
    "prevLastReview" TIMESTAMPTZ(3),

    CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ReviewCard_userId_due_idx" ON "ReviewCard"("userId", "due");

CREATE INDEX "ReviewCard_questionId_idx" ON "ReviewCard"("questionId");

CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

CREATE INDEX "ReviewLog_userId_questionId_reviewedAt_idx" ON "ReviewLog"("userId", "questionId", "reviewedAt");

CREATE INDEX "ReviewLog_questionId_idx" ON "ReviewLog"("questionId");

ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reviews change cached reads (mastery, prep progress): they bump the user's data version too.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ReviewCard', 'ReviewLog'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"()', t || '_touch_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"()', t || '_touch_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"()', t || '_touch_delete', t);
  END LOOP;
END $$;
