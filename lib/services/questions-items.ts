// Questions inside a set: the set page's list, one question, add, edit (version-checked),
// ⭐, mastery per user, reorder, delete. Every statement is scoped by userId.
import "server-only";

import type { z } from "zod";

import { db, transaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, assertUserId } from "@/lib/errors";
import { type Mastery, ReviewSource } from "@/lib/generated/prisma/enums";
import { questionContentHash } from "@/lib/notes/question-title";
import { MANUAL_RATING } from "@/lib/review/history";
import { limitSql, pagePositionSql } from "@/lib/services/list-sql";
import { cardJoinSql, masterySql } from "@/lib/services/mastery-sql";
import { rateCard } from "@/lib/services/review";
import type {
  TSetFilter,
  ZCreateQuestionInput,
  ZReorderQuestionsInput,
  ZSetMasteryInput,
  ZSetStarsInput,
  ZUpdateQuestionInput,
} from "@/lib/validation/questions";

export const SET_PAGE_SIZE = 50;

export type TQuestionRow = {
  id: string;
  /** 1-based place in the set's order (before filtering). */
  number: number;
  title: string;
  stars: number;
  placeholder: boolean;
  status: Mastery;
};

export type TQuestionPage = { questions: TQuestionRow[]; total: number; page: number; pages: number };

type TPageRow = Omit<TQuestionRow, "number"> & { number: bigint; total: bigint };

/**
 * One page of the set page's list: its questions in order with the user's mastery, filtered,
 * with the filtered total; one statement. A page past the end is empty, with total 0. Without a
 * filter the page is read from the set's index (the pages before it are skipped there) and the
 * total is the set's kept count; a filter numbers and filters every question of the set.
 */
export async function listSetQuestionPage(userId: string, setId: string, filter: TSetFilter = {}, page = 1): Promise<TQuestionPage> {
  assertUserId(userId);
  const star = filter.star === "1";
  const placeholder = filter.placeholder === undefined ? null : filter.placeholder === "1";
  const mastery = filter.mastery ?? null;
  const offset = (Math.max(1, Math.floor(page)) - 1) * SET_PAGE_SIZE;
  const order = Prisma.sql`q.position, q."createdAt", q.id`;
  const rows = await db.$queryRaw<TPageRow[]>(
    !star && placeholder === null && mastery === null
      ? Prisma.sql`
    SELECT q.id, q.title, q.stars, q.placeholder, ${masterySql("k")} AS status, ${pagePositionSql(offset)} + row_number() OVER (ORDER BY ${order}) AS number, n.questions AS total
    FROM (
      SELECT * FROM "Question" q WHERE q."userId" = ${userId} AND q."setId" = ${setId}
      ORDER BY ${order} LIMIT ${limitSql(SET_PAGE_SIZE)} OFFSET ${pagePositionSql(offset)}
    ) q
    JOIN "SetCount" n ON n."setId" = q."setId" AND n."userId" = ${userId}
    ${cardJoinSql(userId, "q", "k")}
    ORDER BY number`
      : Prisma.sql`
    SELECT id, number, title, stars, placeholder, status, count(*) OVER () AS total
    FROM (
      SELECT q.id, q.title, q.stars, q.placeholder, ${masterySql("k")} AS status,
             row_number() OVER (ORDER BY ${order}) AS number
      FROM "Question" q
      ${cardJoinSql(userId, "q", "k")}
      WHERE q."userId" = ${userId} AND q."setId" = ${setId}
    ) r
    WHERE (${star}::boolean = false OR stars > 0)
      AND (${placeholder}::boolean IS NULL OR placeholder = ${placeholder}::boolean)
      AND (${mastery}::text IS NULL OR status::text = ${mastery}::text)
    ORDER BY number
    LIMIT ${limitSql(SET_PAGE_SIZE)} OFFSET ${pagePositionSql(offset)}`,
  );
  const total = rows[0] ? Number(rows[0].total) : 0;
  return {
    questions: rows.map((row) => ({
      id: row.id,
      number: Number(row.number),
      title: row.title,
      stars: row.stars,
      placeholder: row.placeholder,
      status: row.status,
    })),
    total,
    page: offset / SET_PAGE_SIZE + 1,
    pages: Math.max(1, Math.ceil(total / SET_PAGE_SIZE)),
  };
}

/** Every question of a set, id and title in order: the reorder mode's list. */
export async function listSetOrder(userId: string, setId: string): Promise<{ id: string; title: string }[]> {
  assertUserId(userId);
  return db.question.findMany({
    where: { userId, setId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
}
export async function getQuestion(userId: string, questionId: string) {
  assertUserId(userId);
  const [question, [card]] = await Promise.all([
    db.question.findFirst({
      where: { id: questionId, userId },
      select: {
        id: true,
        setId: true,
        position: true,
        title: true,
        answerMd: true,
        stars: true,
        placeholder: true,
        version: true,
        set: { select: { title: true } },
      },
    }),
    db.$queryRaw<{ status: Mastery; reviewedAt: Date | null }[]>`
      SELECT ${masterySql("k")} AS status, k."lastReview" AS "reviewedAt"
      FROM "Question" q ${cardJoinSql(userId, "q", "k")}
      WHERE q.id = ${questionId} AND q."userId" = ${userId}`,
  ]);
  if (!question || !card) throw new AppError("NOT_FOUND");
  return { ...question, ...card };
}

/** The questions before and after one in its set's order, for prev/next links. */
export async function getNeighbours(userId: string, setId: string, position: number, questionId: string) {
  assertUserId(userId);
  const rows = await db.$queryRaw<{ prev: string | null; next: string | null }[]>`
    SELECT
      (SELECT id FROM "Question" WHERE "userId" = ${userId} AND "setId" = ${setId}
         AND (position, id) < (${position}, ${questionId}) ORDER BY position DESC, id DESC LIMIT 1) AS prev,
      (SELECT id FROM "Question" WHERE "userId" = ${userId} AND "setId" = ${setId}
         AND (position, id) > (${position}, ${questionId}) ORDER BY position, id LIMIT 1) AS next`;
  return rows[0] ?? { prev: null, next: null };
}

const isPlaceholder = (answerMd: string) => answerMd.trim().length === 0;

export async function createQuestion(userId: string, input: z.output<typeof ZCreateQuestionInput>) {
  assertUserId(userId);
  const { setId, title, answerMd, stars } = input;
  return transaction(userId, async (tx) => {
    const set = await tx.questionSet.findFirst({ where: { id: setId, userId }, select: { id: true } });
    if (!set) throw new AppError("NOT_FOUND");
    const last = await tx.question.aggregate({ where: { userId, setId }, _max: { position: true } });
    const placeholder = isPlaceholder(answerMd);
    return tx.question.create({
      data: {
        userId,
        setId,
        title,
        answerMd,
        stars,
        placeholder,
        position: (last._max.position ?? -1) + 1,
        contentHash: questionContentHash({ title, answerMd, stars, placeholder }),
      },
      select: { id: true },
    });
  });
}

/** Saves title and answer; a stale version is VERSION_CONFLICT, never a silent overwrite. */
export async function updateQuestion(userId: string, input: z.output<typeof ZUpdateQuestionInput>) {
  assertUserId(userId);
  const { questionId, title, answerMd, version } = input;
  return transaction(userId, async (tx) => {
    const current = await tx.question.findFirst({ where: { id: questionId, userId }, select: { stars: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const placeholder = isPlaceholder(answerMd);
    const { count } = await tx.question.updateMany({
      where: { id: questionId, userId, version },
      data: {
        title,
        answerMd,
        placeholder,
        version: { increment: 1 },
        contentHash: questionContentHash({ title, answerMd, stars: current.stars, placeholder }),
      },
    });
    if (count === 0) throw new AppError("VERSION_CONFLICT");
    return { version: version + 1, placeholder };
  });
}

export async function setStars(userId: string, input: z.output<typeof ZSetStarsInput>) {
  assertUserId(userId);
  const { questionId, stars } = input;
  const { count } = await transaction(userId, (tx) => tx.question.updateMany({ where: { id: questionId, userId }, data: { stars } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}

/**
 * The bank's manual mastery, as a rating of the question's review card (lib/review/history,
 * MANUAL_RATING), so mastery has one truth: the card. Returns the mastery the card now shows.
 */
export async function setMastery(userId: string, input: z.output<typeof ZSetMasteryInput>, now = new Date()) {
  assertUserId(userId);
  const { questionId, status } = input;
  // The rating pins the card on the chosen side (lib/review/scheduler, rate), so it shows `status`.
  await transaction(userId, (tx) => rateCard(tx, userId, questionId, MANUAL_RATING[status], now, ReviewSource.MANUAL));
  return { status, reviewedAt: now };
}

/** Puts a set's questions in the given order; the ids must be exactly the set's questions. */
export async function reorderQuestions(userId: string, input: z.output<typeof ZReorderQuestionsInput>) {
  assertUserId(userId);
  const { setId, ids } = input;
  await transaction(userId, async (tx) => {
    const count = await tx.question.count({ where: { userId, setId } });
    const owned = await tx.question.count({ where: { userId, setId, id: { in: ids } } });
    if (count === 0 || owned !== ids.length || new Set(ids).size !== ids.length || owned !== count) {
      throw new AppError("NOT_FOUND");
    }
    await tx.$executeRaw`
      UPDATE "Question" q SET position = (o.ord - 1)::int, "updatedAt" = now()
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS o(id, ord)
      WHERE q.id = o.id AND q."userId" = ${userId} AND q."setId" = ${setId}`;
  });
}

export async function deleteQuestion(userId: string, questionId: string) {
  assertUserId(userId);
  const { count } = await transaction(userId, (tx) => tx.question.deleteMany({ where: { id: questionId, userId } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}
