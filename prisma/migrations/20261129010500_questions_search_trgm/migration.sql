-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Question_title_trgm_idx" ON "Question" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Question_answerMd_trgm_idx" ON "Question" USING GIN ("answerMd" gin_trgm_ops);
