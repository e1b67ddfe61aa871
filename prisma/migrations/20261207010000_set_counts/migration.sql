-- A question's mastery, the one definition every read and the kept counts below use: no card
-- (NULL from a LEFT JOIN) or a card reset to new = NEW; a memory that holds at least 7 days
-- (KNOWN_STABILITY_DAYS in lib/review/scheduler.ts, which a test holds equal) = KNOWN; anything
-- reviewed short of that = LEARNING. Not clock-dependent, so it can be kept. Written of constants
-- only, so the planner inlines it into the statements that use it.
CREATE FUNCTION "card_mastery"(state "CardState", stability float8) RETURNS "Mastery"
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN state IS NULL OR state = 'NEW'::"CardState" THEN 'NEW'::"Mastery"
    WHEN stability >= 7 THEN 'KNOWN'::"Mastery" ELSE 'LEARNING'::"Mastery" END
$$;

-- The set list, the companies table, the board and 准备下一场 show per set how many questions
-- it holds, how many are starred, placeholders, known and learning. Counting them on each read
-- costs as much as there are questions and cards; "SetCount" keeps them current instead, one
-- row per set, written by the triggers below in the same statement as the change, whoever makes
-- it (the app, an import, a restore, the command line). The backup does not hold them: a restore
-- writes them through the same triggers.
CREATE TABLE "SetCount" (
  "setId" TEXT NOT NULL,
  "userId" TEXT NOT NULL,
  "questions" INTEGER NOT NULL DEFAULT 0,
  "starred" INTEGER NOT NULL DEFAULT 0,
  "placeholders" INTEGER NOT NULL DEFAULT 0,
  "known" INTEGER NOT NULL DEFAULT 0,
  "learning" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "SetCount_pkey" PRIMARY KEY ("setId")
);

ALTER TABLE "SetCount" ADD CONSTRAINT "SetCount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SetCount" ADD CONSTRAINT "SetCount_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Deleting a user finds its rows here by this index, not by reading the table.
CREATE INDEX "SetCount_userId_idx" ON "SetCount"("userId");

-- Every set has its row from the statement that makes it; the row goes with the set.
CREATE FUNCTION "set_count_sets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SetCount" ("setId", "userId") SELECT s.id, s."userId" FROM new_rows s;
  RETURN NULL;
END $$;

CREATE TRIGGER "QuestionSet_count_insert" AFTER INSERT ON "QuestionSet" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_sets"();

-- Adds signed counts ("setId", questions, starred, placeholders, known, learning) to the kept
-- ones. Only rows whose set and user still exist change: while a set or an account is being
-- deleted, its cascade may reach the questions and cards before the set's row goes, and a count
-- rewritten there would be checked against a set or user already gone (and fail the delete).
CREATE FUNCTION "set_count_add"(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  UPDATE "SetCount" c SET questions = c.questions + d.questions, starred = c.starred + d.starred,
    placeholders = c.placeholders + d.placeholders, known = c.known + d.known, learning = c.learning + d.learning
  FROM (
    SELECT x."setId", sum(x.questions)::int AS questions, sum(x.starred)::int AS starred, sum(x.placeholders)::int AS placeholders,
      sum(x.known)::int AS known, sum(x.learning)::int AS learning
    FROM jsonb_to_recordset(deltas) AS x("setId" text, questions int, starred int, placeholders int, known int, learning int)
    GROUP BY x."setId"
  ) d
  WHERE c."setId" = d."setId" AND (d.questions, d.starred, d.placeholders, d.known, d.learning) <> (0, 0, 0, 0, 0)
    AND EXISTS (SELECT 1 FROM "QuestionSet" s JOIN "User" u ON u.id = s."userId" WHERE s.id = c."setId");
$$;

-- Questions inserted, deleted, moved to another set, starred or unstarred, made placeholders or
-- not: each old row counted -1, each new row +1 in its set. A question inserted has no card yet
-- (a card needs its question); on update the question's card gives its mastery; on delete the
-- card's part was taken out before (below), since the cascade removes the card before this
-- statement trigger runs.
CREATE FUNCTION "set_count_questions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT w."setId", 1 AS questions, (w.stars > 0)::int AS starred, w.placeholder::int AS placeholders, 0 AS known, 0 AS learning
      FROM new_rows w) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."setId", -1 AS questions, -(r.stars > 0)::int AS starred, -r.placeholder::int AS placeholders, 0 AS known, 0 AS learning
      FROM old_rows r) d;
  ELSE
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT r."setId", -1 AS questions, -(r.stars > 0)::int AS starred, -r.placeholder::int AS placeholders,
        -(card_mastery(k.state, k.stability) = 'KNOWN')::int AS known, -(card_mastery(k.state, k.stability) = 'LEARNING')::int AS learning
      FROM old_rows r JOIN new_rows w ON w.id = r.id
      LEFT JOIN "ReviewCard" k ON k."questionId" = r.id AND k."userId" = r."userId"
      WHERE (r."setId", r.stars > 0, r.placeholder) IS DISTINCT FROM (w."setId", w.stars > 0, w.placeholder)
      UNION ALL
      SELECT w."setId", 1, (w.stars > 0)::int, w.placeholder::int,
        (card_mastery(k.state, k.stability) = 'KNOWN')::int, (card_mastery(k.state, k.stability) = 'LEARNING')::int
      FROM new_rows w JOIN old_rows r ON r.id = w.id
      LEFT JOIN "ReviewCard" k ON k."questionId" = w.id AND k."userId" = w."userId"
      WHERE (r."setId", r.stars > 0, r.placeholder) IS DISTINCT FROM (w."setId", w.stars > 0, w.placeholder)) d;
  END IF;
  IF deltas IS NOT NULL THEN
    PERFORM "set_count_add"(deltas);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Question_count_insert" AFTER INSERT ON "Question" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_questions"();
CREATE TRIGGER "Question_count_update" AFTER UPDATE ON "Question" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_questions"();
CREATE TRIGGER "Question_count_delete" AFTER DELETE ON "Question" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_questions"();

-- A question deleted: its card's part leaves the counts before the cascade deletes the card
-- (whose own trigger then no longer finds the question). Nothing to do without a card, nor when
-- the question goes with its set (a set or an account deleted): that keeps a set's delete cheap.
CREATE FUNCTION "set_count_question_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF EXISTS (SELECT 1 FROM "QuestionSet" s WHERE s.id = OLD."setId") THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT OLD."setId" AS "setId", 0 AS questions, 0 AS starred, 0 AS placeholders,
        -(card_mastery(k.state, k.stability) = 'KNOWN')::int AS known, -(card_mastery(k.state, k.stability) = 'LEARNING')::int AS learning
      FROM "ReviewCard" k WHERE k."questionId" = OLD.id AND k."userId" = OLD."userId" AND k.state <> 'NEW') d;
    IF deltas IS NOT NULL THEN
      PERFORM "set_count_add"(deltas);
    END IF;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "Question_count_card_delete" BEFORE DELETE ON "Question" FOR EACH ROW EXECUTE FUNCTION "set_count_question_delete"();

-- Cards inserted, deleted or changed (a rating, its undo, a manual mastery, a reset, a card moved
-- to the question a duplicate merges into): each old card counted -1, each new card +1 under its
-- mastery, in its question's set.
CREATE FUNCTION "set_count_cards"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT q."setId", 0 AS questions, 0 AS starred, 0 AS placeholders,
        (card_mastery(w.state, w.stability) = 'KNOWN')::int AS known, (card_mastery(w.state, w.stability) = 'LEARNING')::int AS learning
      FROM new_rows w JOIN "Question" q ON q.id = w."questionId" AND q."userId" = w."userId") d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT q."setId", 0 AS questions, 0 AS starred, 0 AS placeholders,
        -(card_mastery(r.state, r.stability) = 'KNOWN')::int AS known, -(card_mastery(r.state, r.stability) = 'LEARNING')::int AS learning
      FROM old_rows r JOIN "Question" q ON q.id = r."questionId" AND q."userId" = r."userId") d;
  ELSE
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT q."setId", 0 AS questions, 0 AS starred, 0 AS placeholders,
        -(card_mastery(r.state, r.stability) = 'KNOWN')::int AS known, -(card_mastery(r.state, r.stability) = 'LEARNING')::int AS learning
      FROM old_rows r JOIN "Question" q ON q.id = r."questionId" AND q."userId" = r."userId"
      UNION ALL
      SELECT q."setId", 0, 0, 0, (card_mastery(w.state, w.stability) = 'KNOWN')::int, (card_mastery(w.state, w.stability) = 'LEARNING')::int
      FROM new_rows w JOIN "Question" q ON q.id = w."questionId" AND q."userId" = w."userId") d;
  END IF;
  IF deltas IS NOT NULL THEN
    PERFORM "set_count_add"(deltas);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ReviewCard_count_insert" AFTER INSERT ON "ReviewCard" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_cards"();
CREATE TRIGGER "ReviewCard_count_update" AFTER UPDATE ON "ReviewCard" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_cards"();
CREATE TRIGGER "ReviewCard_count_delete" AFTER DELETE ON "ReviewCard" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "set_count_cards"();

INSERT INTO "SetCount" ("setId", "userId", questions, starred, placeholders, known, learning)
SELECT s.id, s."userId", count(q.id)::int, count(q.id) FILTER (WHERE q.stars > 0)::int, count(q.id) FILTER (WHERE q.placeholder)::int,
  count(q.id) FILTER (WHERE card_mastery(k.state, k.stability) = 'KNOWN')::int,
  count(q.id) FILTER (WHERE card_mastery(k.state, k.stability) = 'LEARNING')::int
FROM "QuestionSet" s
LEFT JOIN "Question" q ON q."setId" = s.id
LEFT JOIN "ReviewCard" k ON k."questionId" = q.id AND k."userId" = q."userId"
GROUP BY s.id, s."userId";

-- 准备下一场's open questions of a set, walked in the list's order (written before placeholders,
-- more stars first, then position) instead of reading every question of the linked sets.
CREATE INDEX "Question_userId_setId_placeholder_stars_position_id_idx" ON "Question"("userId", "setId", "placeholder", "stars" DESC, "position", "id");
