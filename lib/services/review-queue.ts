// Today's review (the /review page): the queue in order (lib/review/today.ts), the first cards
// with their answers and next intervals, and the day's counts, in a constant number of statements.
import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import type { Stage } from "@/lib/generated/prisma/enums";
import { localDayOf, startOfDayIn } from "@/lib/dates/zone";
import { newCard, previewIntervals, type TRating } from "@/lib/review/scheduler";
import { NEW_PER_DAY, orderQueue, streakOf, type TQueueCandidate, type TQueueGroup } from "@/lib/review/today";
import { pendingEventSql } from "@/lib/services/list-sql";
import { cardJoinSql } from "@/lib/services/mastery-sql";
import { PREP_EVENT_STAGES } from "@/lib/services/prep";
import { CARD_SELECT, readReviewParameters } from "@/lib/services/review";
import type { TReviewParameters } from "@/lib/validation/review";

const WEEK_MS = 7 * 86_400_000;
/** Cards sent to the page at once; the client asks again when it has rated them. */
export const REVIEW_BATCH = 5;

export type TReviewItem = {
  questionId: string;
  setId: string;
  setTitle: string;
  title: string;
  answerMd: string;
  stars: number;
  group: TQueueGroup;
  interview: { companyName: string; stage: Stage; at: Date } | null;
  intervals: Record<TRating, number>;
};

export type TReviewToday = { items: TReviewItem[]; due: number; reviewedToday: number; streak: number };

type TCandidateRow = TQueueCandidate & { companyName: string | null; stage: Stage | null };

/**
 * Every question that may be reviewed today: not a placeholder, not reviewed today, and due by
 * the end of the day, starred, or linked to a 笔试/面试 in the next 7 days (with the soonest of
 * them); of the other new questions, only the first `newLeft` in the bank's order (all the queue
 * can take), so a large bank sends few rows.
 */
function readCandidates(userId: string, now: Date, dayStart: Date, dayEnd: Date, newLeft: number) {
  return db.$queryRaw<TCandidateRow[]>`
    WITH upcoming AS (
      SELECT DISTINCT ON (cs."setId") cs."setId", e."scheduledAt" AS at, c.name AS "companyName", e.stage
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId} AND a.outcome = 'ACTIVE'::"Outcome"
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
      JOIN "CompanySet" cs ON cs."companyId" = c.id AND cs."userId" = ${userId}
      WHERE ${pendingEventSql("e", userId, now, PREP_EVENT_STAGES)} AND e."scheduledAt" < ${new Date(now.getTime() + WEEK_MS)}
      ORDER BY cs."setId", e."scheduledAt", e.id
    ),
    open AS MATERIALIZED (
      SELECT q.id AS "questionId", q.stars, k.due, k."lastReview", u.at AS "interviewAt", u."companyName", u.stage,
        s."sortOrder", s.id AS "setId", q.position
      FROM "Question" q
      JOIN "QuestionSet" s ON s.id = q."setId" AND s."userId" = ${userId}
      ${cardJoinSql(userId, "q", "k")}
      LEFT JOIN upcoming u ON u."setId" = q."setId"
      WHERE q."userId" = ${userId} AND NOT q.placeholder AND (k."lastReview" IS NULL OR k."lastReview" < ${dayStart})
    )
    SELECT "questionId", stars, due, "lastReview", "interviewAt", "companyName", stage
    FROM (
      SELECT * FROM open WHERE due < ${dayEnd} OR "interviewAt" IS NOT NULL OR (due IS NULL AND stars > 0)
      UNION ALL
      (SELECT * FROM open WHERE due IS NULL AND stars = 0 AND "interviewAt" IS NULL
       ORDER BY "sortOrder", "setId", position, "questionId" LIMIT ${newLeft})
    ) c
    ORDER BY "sortOrder", "setId", position, "questionId"`;
}

type TPick = Pick<TReviewItem, "questionId" | "stars" | "group" | "interview">;

/** The cards to show, in the order given, with their text, set and next intervals. */
export async function loadReviewItems(userId: string, picks: readonly TPick[], now: Date, params: TReviewParameters): Promise<TReviewItem[]> {
  const ids = picks.map((pick) => pick.questionId);
  const [texts, cards] = await Promise.all([
    db.question.findMany({
      where: { userId, id: { in: ids } },
      select: { id: true, setId: true, title: true, answerMd: true, set: { select: { title: true } } },
    }),
    db.reviewCard.findMany({ where: { userId, questionId: { in: ids } }, select: { questionId: true, ...CARD_SELECT } }),
  ]);
  const byId = new Map(texts.map((text) => [text.id, text]));
  const cardOf = new Map(cards.map(({ questionId, ...card }) => [questionId, card]));
  return picks.flatMap((pick): TReviewItem[] => {
    const text = byId.get(pick.questionId);
    if (!text) return [];
    const card = cardOf.get(pick.questionId) ?? newCard(now);
    const { setId, title, answerMd } = text;
    return [{ ...pick, setId, setTitle: text.set.title, title, answerMd, intervals: previewIntervals(card, pick.questionId, now, params) }];
  });
}

/** The day's counts: questions reviewed today, the new ones this page showed (the bank and interview logs do not use up the day's new cards), and the streak. */
export async function readReviewDay(userId: string, timeZone: string, now: Date) {
  const dayStart = startOfDayIn(now, timeZone);
  const [day] = await db.$queryRaw<{ reviewed: number; fresh: number; days: string[] | null }[]>`
    SELECT
      (SELECT count(DISTINCT "questionId")::int FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${dayStart}) AS reviewed,
      (SELECT count(DISTINCT "questionId")::int FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${dayStart} AND "prevReps" = 0
        AND source = 'REVIEW'::"ReviewSource") AS fresh,
      (SELECT array_agg(DISTINCT to_char("reviewedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')) FROM "ReviewLog"
        WHERE "userId" = ${userId} AND "reviewedAt" >= ${dayStart}::timestamptz - interval '400 days') AS days`;
  const today = localDayOf(now, timeZone);
  const yesterday = localDayOf(new Date(dayStart.getTime() - 1), timeZone);
  return { reviewedToday: day?.reviewed ?? 0, fresh: day?.fresh ?? 0, streak: streakOf(day?.days ?? [], today, yesterday) };
}

/** Today's queue for the user at `now`: the first REVIEW_BATCH cards and the day's counts. */
export async function getReviewToday(userId: string, timeZone: string, now = new Date()): Promise<TReviewToday> {
  assertUserId(userId);
  const dayStart = startOfDayIn(now, timeZone);
  const dayEnd = startOfDayIn(now, timeZone, 1);
  const day = await readReviewDay(userId, timeZone, now);
  const newLeft = Math.max(0, NEW_PER_DAY - day.fresh);
  const [candidates, params] = await Promise.all([readCandidates(userId, now, dayStart, dayEnd, newLeft), readReviewParameters(db, userId)]);
  const queue = orderQueue(candidates, dayStart, dayEnd, newLeft);
  const picks = queue.slice(0, REVIEW_BATCH).map(({ questionId, stars, group, interviewAt, companyName, stage }) => ({
    questionId,
    stars,
    group,
    interview: interviewAt && companyName && stage ? { companyName, stage, at: interviewAt } : null,
  }));
  const items = await loadReviewItems(userId, picks, now, params);
  return { items, due: queue.length, reviewedToday: day.reviewedToday, streak: day.streak };
}
