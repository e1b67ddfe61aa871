-- Mastery now derives from the review card (one truth): the mastery set by hand becomes card
-- state, as the app's manual ratings make it with the default FSRS parameters (no fuzz):
-- KNOWN = "I know this" (Easy on a new card: stability 8.2956 days, difficulty 1, due in 8 days),
-- LEARNING = "still learning" (Again on a new card: stability 0.212, difficulty 6.4133, due in 1
-- day), NEW = no card. Placeholders are not cards. The card's history starts here (no log row:
-- nothing to undo).
INSERT INTO "ReviewCard" ("userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reps", "lapses", "state", "lastReview")
SELECT p."userId", p."questionId",
  COALESCE(p."reviewedAt", CURRENT_TIMESTAMP) + make_interval(days => CASE WHEN p.status = 'KNOWN' THEN 8 ELSE 1 END),
  CASE WHEN p.status = 'KNOWN' THEN 8.2956 ELSE 0.212 END,
  CASE WHEN p.status = 'KNOWN' THEN 1 ELSE 6.4133 END,
  0,
  CASE WHEN p.status = 'KNOWN' THEN 8 ELSE 1 END,
  1, 0, 'REVIEW', COALESCE(p."reviewedAt", CURRENT_TIMESTAMP)
FROM "QuestionProgress" p
JOIN "Question" q ON q.id = p."questionId" AND q."userId" = p."userId"
WHERE p.status <> 'NEW' AND NOT q.placeholder;

DROP TABLE "QuestionProgress";
