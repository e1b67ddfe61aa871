// Today's review (the /review page): the queue ranked and cut to a page by the database, the first
// cards with their answers and next intervals, and the day's counts, in a constant number of statements.
import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertUserId } from "@/lib/errors";
import type { Stage } from "@/lib/generated/prisma/enums";
import { localDayOf, startOfDayIn } from "@/lib/dates/zone";
import { newCard, previewIntervals, type TRating } from "@/lib/review/scheduler";
import { streakOf } from "@/lib/review/today";
import { limitSql, liveEventsWhereSql } from "@/lib/services/list-sql";
import { cardJoinSql } from "@/lib/services/mastery-sql";
import { PREP_EVENT_STAGES } from "@/lib/services/prep";
import { CARD_SELECT } from "@/lib/services/review";
import type { TReviewParameters } from "@/lib/validation/review";

const WEEK_MS = 7 * 86_400_000;
/** Cards sent to the page at once; the client asks again when it has rated them. */
export const REVIEW_BATCH = 5;

/** The queue's groups, in their order; the SQL below numbers them by their index. */
const QUEUE_GROUPS = ["interview", "starred", "due", "new"] as const;
type TQueueGroup = (typeof QUEUE_GROUPS)[number];
/** New questions (not starred, no interview coming) a day brings into the queue. */
const NEW_PER_DAY = 20;

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

/** `undoable`: a rating made on the review page today, which undo can take back. */
export type TReviewToday = { items: TReviewItem[]; due: number; reviewedToday: number; undoable: boolean; streak: number };

type TQueueRow = { questionId: string; stars: number; grp: number; interviewAt: Date | null; companyName: string | null; stage: Stage | null; total: number };

/**
 * Today's queue, ranked by the database: the first `limit` cards and how many the queue holds.
 * This is the one home of the queue's rule. A question that is not a placeholder and was not
 * reviewed today (from `dayStart`, the account's local midnight) goes, in this order:
 * 0. interview: its set is linked to a company with a 笔试/面试 in the next 7 days (the soonest
 *    of them counts) and it has no card or its card falls due by then (pull-forward); the sooner
 *    the interview, the earlier;
 * 1. starred: ⭐ and new or due today (before `dayEnd`);
 * 2. due: due today;
 * 3. new: never reviewed, at most `newLeft` of them, in the bank's order.
 * Inside groups 0–2, more stars first, then the most overdue (new ones before any card); ties,
 * and group 3, in the bank's order (set, then position).
 */
async function readQueue(userId: string, now: Date, dayStart: Date, dayEnd: Date, newLeft: number, limit: number) {
  const order = Prisma.sql`grp, CASE WHEN grp = 0 THEN "interviewAt" END, CASE WHEN grp < 3 THEN stars END DESC, due NULLS FIRST,
    "sortOrder", "setId", position, "questionId"`;
  return db.$queryRaw<TQueueRow[]>`
    WITH upcoming AS (
      SELECT DISTINCT ON (cs."setId") cs."setId", e."scheduledAt" AS at, c.name AS "companyName", e.stage
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
      JOIN "CompanySet" cs ON cs."companyId" = c.id AND cs."userId" = ${userId}
      WHERE ${liveEventsWhereSql(userId, { from: now, to: new Date(now.getTime() + WEEK_MS) }, PREP_EVENT_STAGES)}
      ORDER BY cs."setId", e."scheduledAt", e.id
    ),
    queued AS MATERIALIZED (
      SELECT * FROM (
        SELECT q.id AS "questionId", q.stars, k.due, u.at AS "interviewAt", u."companyName", u.stage, s."sortOrder", s.id AS "setId", q.position,
          CASE WHEN u.at IS NOT NULL AND (k.due IS NULL OR k.due <= u.at) THEN 0
            WHEN q.stars > 0 AND (k.due IS NULL OR k.due < ${dayEnd}) THEN 1
            WHEN k.due < ${dayEnd} THEN 2
            WHEN k.due IS NULL THEN 3 END AS grp
        FROM "Question" q
        JOIN "QuestionSet" s ON s.id = q."setId" AND s."userId" = ${userId}
        ${cardJoinSql(userId, "q", "k")}
        LEFT JOIN upcoming u ON u."setId" = q."setId"
        WHERE q."userId" = ${userId} AND NOT q.placeholder AND (k."lastReview" IS NULL OR k."lastReview" < ${dayStart})
      ) c WHERE grp IS NOT NULL
    ),
    total AS (
      SELECT (count(*) FILTER (WHERE grp < 3) + least(count(*) FILTER (WHERE grp = 3), ${newLeft}))::int AS total FROM queued
    )
    SELECT page."questionId", page.stars, page.grp, page."interviewAt", page."companyName", page.stage, total.total
    FROM total CROSS JOIN (
      (SELECT * FROM queued WHERE grp < 3 ORDER BY ${order} LIMIT ${limitSql(limit)})
      UNION ALL
      (SELECT * FROM queued WHERE grp = 3 ORDER BY ${order} LIMIT ${limitSql(Math.min(newLeft, limit))})
    ) page
    ORDER BY ${order} LIMIT ${limitSql(limit)}`;
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

/**
 * The day's counts: questions reviewed today (from anywhere), the new ones this page showed (the
 * bank and interview logs do not use up the day's new cards), whether this page rated any (undo
 * takes back only those), and the streak.
 */
export async function readReviewDay(userId: string, timeZone: string, now: Date) {
  const dayStart = startOfDayIn(now, timeZone);
  const [day] = await db.$queryRaw<{ reviewed: number; fresh: number; undoable: boolean; days: string[] | null }[]>`
    SELECT today.*,
      (SELECT array_agg(DISTINCT to_char("reviewedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')) FROM "ReviewLog"
        WHERE "userId" = ${userId} AND "reviewedAt" >= ${dayStart}::timestamptz - interval '400 days') AS days
    FROM (SELECT count(DISTINCT "questionId")::int AS reviewed,
        coalesce(bool_or(source = 'REVIEW'::"ReviewSource"), false) AS undoable,
        (count(DISTINCT "questionId") FILTER (WHERE "prevReps" = 0 AND source = 'REVIEW'::"ReviewSource"))::int AS fresh
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${dayStart}) today`;
  const today = localDayOf(now, timeZone);
  const yesterday = localDayOf(new Date(dayStart.getTime() - 1), timeZone);
  return { reviewedToday: day?.reviewed ?? 0, fresh: day?.fresh ?? 0, undoable: day?.undoable ?? false, streak: streakOf(day?.days ?? [], today, yesterday) };
}

/**
 * Today's queue for the user at `now`: the first REVIEW_BATCH cards, with their next intervals by
 * the user's FSRS parameters (reviewParametersOf), and the day's counts.
 */
export async function getReviewToday(userId: string, timeZone: string, params: TReviewParameters, now = new Date()): Promise<TReviewToday> {
  assertUserId(userId);
  const dayStart = startOfDayIn(now, timeZone);
  const dayEnd = startOfDayIn(now, timeZone, 1);
  const day = await readReviewDay(userId, timeZone, now);
  const newLeft = Math.max(0, NEW_PER_DAY - day.fresh);
  const rows = await readQueue(userId, now, dayStart, dayEnd, newLeft, REVIEW_BATCH);
  const picks = rows.map(({ questionId, stars, grp, interviewAt, companyName, stage }): TPick => ({
    questionId,
    stars,
    group: QUEUE_GROUPS[grp]!,
    interview: interviewAt && companyName && stage ? { companyName, stage, at: interviewAt } : null,
  }));
  const items = await loadReviewItems(userId, picks, now, params);
  return { items, due: rows[0]?.total ?? 0, reviewedToday: day.reviewedToday, undoable: day.undoable, streak: day.streak };
}
