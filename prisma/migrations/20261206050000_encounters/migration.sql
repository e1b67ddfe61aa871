-- CreateTable
CREATE TABLE "Encounter" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "eventId" TEXT,
    "round" TEXT NOT NULL DEFAULT '',
    "askedAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredWell" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Encounter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Encounter_userId_companyId_askedAt_idx" ON "Encounter"("userId", "companyId", "askedAt");

-- CreateIndex
CREATE INDEX "Encounter_userId_questionId_idx" ON "Encounter"("userId", "questionId");

-- CreateIndex
CREATE INDEX "Encounter_userId_eventId_idx" ON "Encounter"("userId", "eventId");

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "StageEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every write to a user's encounters moves the user's data version (migration user_data_version),
-- so the cached dashboard drops its 复盘 prompt once the interview's questions are logged.
CREATE TRIGGER "Encounter_touch_insert" AFTER INSERT ON "Encounter" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"();
CREATE TRIGGER "Encounter_touch_update" AFTER UPDATE ON "Encounter" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"();
CREATE TRIGGER "Encounter_touch_delete" AFTER DELETE ON "Encounter" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"();

-- Near-duplicate questions: the titles nearest to one (pg_trgm's <->) among the user's own, found
-- by a GiST index that leads with userId (btree_gist gives text its GiST operator class).
CREATE EXTENSION IF NOT EXISTS "btree_gist";

-- CreateIndex
CREATE INDEX "Question_userId_title_trgm_gist_idx" ON "Question" USING GIST ("userId" gist_text_ops, "title" gist_trgm_ops);
