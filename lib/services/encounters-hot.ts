// Hot questions (高频题): the questions interviews asked, ranked by how often, per company or
// overall; near-duplicate questions offered for merging; and the merge itself, confirmed by the
// person, in one transaction. Every statement is scoped by userId.
import "server-only";

import { db, transaction } from "@/lib/db";
import { normalizeQuestionText } from "@/lib/encounters/plan";
import { AppError, assertUserId } from "@/lib/errors";
import { questionContentHash } from "@/lib/notes/question-title";
import { limitSql } from "@/lib/services/list-sql";

const HOT_LIMIT = 50;

type THotQuestion = { id: string; setId: string; title: string; count: number; companies: number; lastSeen: Date };

/** The most asked questions (ties: the latest asked first), at one company or everywhere; one statement. */
export async function listHotQuestions(userId: string, companyId: string | null): Promise<THotQuestion[]> {
  assertUserId(userId);
  return db.$queryRaw<THotQuestion[]>`
    SELECT q.id, q."setId", q.title, count(*)::int AS count, count(DISTINCT e."companyId")::int AS companies, max(e."askedAt") AS "lastSeen"
    FROM "Encounter" e
    JOIN "Question" q ON q.id = e."questionId" AND q."userId" = ${userId}
    WHERE e."userId" = ${userId} AND (${companyId}::text IS NULL OR e."companyId" = ${companyId}::text)
    GROUP BY q.id
    ORDER BY count DESC, "lastSeen" DESC, q.id
    LIMIT ${limitSql(HOT_LIMIT)}`;
}

/** The companies with questions logged, for the hot list's filter (most logged first). */
export async function listAskedCompanies(userId: string): Promise<{ id: string; name: string; count: number }[]> {
  assertUserId(userId);
  return db.$queryRaw`
    SELECT c.id, c.name, count(*)::int AS count
    FROM "Encounter" e JOIN "Company" c ON c.id = e."companyId" AND c."userId" = ${userId}
    WHERE e."userId" = ${userId}
    GROUP BY c.id ORDER BY count DESC, c.name, c.id`;
}

type TSide = { id: string; setId: string; title: string; setTitle: string };
type TDuplicatePair = { a: TSide; b: TSide; score: number };

/** Trigram similarity (pg_trgm) from which two titles are offered as one question typed twice. */
const SIMILAR = 0.5;
/** Questions asked (typed in after interviews, mostly) compared with the bank, the latest first. */
const ASKED_COMPARED = 300;
/** Nearest titles looked at for each: an index walk of a few rows each, however large the bank. */
const NEAREST = 3;
const PAIRS_LIMIT = 30;

type TPairRow = { aId: string; aSetId: string; aTitle: string; aSet: string; bId: string; bSetId: string; bTitle: string; bSet: string; score: number };

/**
 * Pairs of questions that look like one question entered twice: one of them asked at an
 * interview, the other among the bank's NEAREST titles to it (pg_trgm distance, by the GiST
 * index), at least SIMILAR alike or equal once normalised (normalizeQuestionText).
 * Nothing is merged here.
 */
export async function listDuplicateSuggestions(userId: string): Promise<TDuplicatePair[]> {
  assertUserId(userId);
  const rows = await db.$queryRaw<TPairRow[]>`
    WITH asked AS (
      SELECT "questionId" AS id, max("askedAt") AS last FROM "Encounter" WHERE "userId" = ${userId}
      GROUP BY "questionId" ORDER BY last DESC LIMIT ${limitSql(ASKED_COMPARED)}
    )
    SELECT a.id AS "aId", a."setId" AS "aSetId", a.title AS "aTitle", sa.title AS "aSet",
           b.id AS "bId", b."setId" AS "bSetId", b.title AS "bTitle", sb.title AS "bSet", b.score
    FROM asked x
    JOIN "Question" a ON a.id = x.id AND a."userId" = ${userId}
    JOIN "QuestionSet" sa ON sa.id = a."setId"
    CROSS JOIN LATERAL (
      SELECT b.id, b."setId", b.title, similarity(b.title, a.title)::float8 AS score
      FROM "Question" b
      WHERE b."userId" = ${userId} AND b.id <> a.id
      ORDER BY b.title <-> a.title LIMIT ${limitSql(NEAREST)}
    ) b
    JOIN "QuestionSet" sb ON sb.id = b."setId"
    ORDER BY x.last DESC, b.score DESC`;
  const seen = new Set<string>();
  const pairs: TDuplicatePair[] = [];
  for (const row of rows) {
    const same = normalizeQuestionText(row.aTitle) === normalizeQuestionText(row.bTitle);
    const key = [row.aId, row.bId].sort().join(" ");
    if ((!same && row.score < SIMILAR) || seen.has(key)) continue;
    seen.add(key);
    pairs.push({
      a: { id: row.aId, setId: row.aSetId, title: row.aTitle, setTitle: row.aSet },
      b: { id: row.bId, setId: row.bSetId, title: row.bTitle, setTitle: row.bSet },
      score: same ? 1 : row.score,
    });
    if (pairs.length === PAIRS_LIMIT) break;
  }
  return pairs;
}

/**
 * Merges two copies of one question, as the person confirmed: `keepId` stays; `dropId`'s
 * encounters and review progress move to it (the kept question's own progress wins), its answer
 * fills the kept one's if that is still empty, the higher ⭐ stays; then `dropId` is deleted.
 */
export async function mergeQuestions(userId: string, input: { keepId: string; dropId: string }): Promise<void> {
  assertUserId(userId);
  const { keepId, dropId } = input;
  if (keepId === dropId) throw new AppError("VALIDATION", "encounters.validation.mergeSame");
  await transaction(userId, async (tx) => {
    const rows = await tx.question.findMany({
      where: { userId, id: { in: [keepId, dropId] } },
      select: { id: true, title: true, answerMd: true, stars: true, placeholder: true },
    });
    const keep = rows.find((row) => row.id === keepId);
    const drop = rows.find((row) => row.id === dropId);
    if (!keep || !drop) throw new AppError("NOT_FOUND");
    await tx.encounter.updateMany({ where: { userId, questionId: dropId }, data: { questionId: keepId } });
    // The kept question's review card wins; with none, the other's card and its history move over.
    if ((await tx.reviewCard.count({ where: { userId, questionId: keepId } })) === 0) {
      await tx.reviewCard.updateMany({ where: { userId, questionId: dropId }, data: { questionId: keepId } });
      await tx.reviewLog.updateMany({ where: { userId, questionId: dropId }, data: { questionId: keepId } });
    }
    const answerMd = keep.placeholder && !drop.placeholder ? drop.answerMd : keep.answerMd;
    const placeholder = keep.placeholder && drop.placeholder;
    const stars = Math.max(keep.stars, drop.stars);
    await tx.question.updateMany({
      where: { userId, id: keepId },
      data: { answerMd, placeholder, stars, version: { increment: 1 }, contentHash: questionContentHash({ title: keep.title, answerMd, stars, placeholder }) },
    });
    await tx.question.deleteMany({ where: { userId, id: dropId } });
  });
}
