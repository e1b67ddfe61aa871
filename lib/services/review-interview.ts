// Interview-date mode: the share of a company's linked questions expected to be remembered at
// each upcoming 笔试/面试, and the review aimed at one of them, both from FSRS recall at the
// interview's time computed by the database (recall-sql.ts). Every statement is scoped by
// userId; another user's event is NOT_FOUND.
import "server-only";

import { db } from "@/lib/db";
import { startOfDayIn } from "@/lib/dates/zone";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { limitSql } from "@/lib/services/list-sql";
import { cardJoinSql } from "@/lib/services/mastery-sql";
import { recallAtSql } from "@/lib/services/recall-sql";
import type { TNextInterview } from "@/lib/services/prep";
import { loadReviewItems, readReviewDay, REVIEW_BATCH, type TReviewToday } from "@/lib/services/review-queue";
import type { TReviewParameters } from "@/lib/validation/review";

type TEventAt = { eventId: string; companyId: string; scheduledAt: Date };

/**
 * For each event, the whole percent of its company's questions (placeholders aside) expected
 * remembered at its time, the mean of FSRS recall then (a question never reviewed counts 0);
 * null when the company has none linked, by the user's FSRS parameters. The database sums it;
 * no card row leaves it.
 */
export async function listInterviewRecall(userId: string, params: TReviewParameters, events: readonly TEventAt[]): Promise<Map<string, number | null>> {
  assertUserId(userId);
  if (events.length === 0) return new Map();
  return readRecall(userId, events, params);
}

async function readRecall(userId: string, events: readonly TEventAt[], params: TReviewParameters): Promise<Map<string, number | null>> {
  const rows = await db.$queryRaw<{ eventId: string; percent: number }[]>`
    SELECT ev.id AS "eventId", floor(avg(${recallAtSql("k", Prisma.sql`ev.at`, params)}) * 100 + 0.5)::int AS percent
    FROM unnest(${events.map((e) => e.eventId)}::text[], ${events.map((e) => e.companyId)}::text[],
      ${events.map((e) => e.scheduledAt.toISOString())}::timestamptz[]) AS ev(id, "companyId", at)
    JOIN "CompanySet" cs ON cs."userId" = ${userId} AND cs."companyId" = ev."companyId"
    JOIN "Question" q ON q."setId" = cs."setId" AND q."userId" = ${userId} AND NOT q.placeholder
    ${cardJoinSql(userId, "q", "k")}
    GROUP BY ev.id`;
  const percents = new Map(rows.map((row) => [row.eventId, row.percent]));
  return new Map(events.map((e) => [e.eventId, percents.get(e.eventId) ?? null]));
}

/**
 * "Review for this interview", ranked by the database: the company's questions by how likely
 * each is to be forgotten at `at` (recall then, lowest first; a card never reviewed counts 0),
 * more stars first among equals, then in the bank's order; a card rated since `dayStart` waits.
 * So a card that would fall due only after the interview still comes forward when its recall
 * then is low. The first `limit`, and how many there are.
 */
function readInterviewQueue(userId: string, companyId: string, at: Date, dayStart: Date, params: TReviewParameters, limit: number) {
  return db.$queryRaw<{ questionId: string; stars: number; total: number }[]>`
    SELECT q.id AS "questionId", q.stars, count(*) OVER ()::int AS total
    FROM "CompanySet" cs
    JOIN "Question" q ON q."setId" = cs."setId" AND q."userId" = ${userId} AND NOT q.placeholder
    ${cardJoinSql(userId, "q", "k")}
    WHERE cs."userId" = ${userId} AND cs."companyId" = ${companyId} AND (k."lastReview" IS NULL OR k."lastReview" < ${dayStart})
    ORDER BY ${recallAtSql("k", Prisma.sql`${at}::timestamptz`, params)}, q.stars DESC, q.position, q.id
    LIMIT ${limitSql(limit)}`;
}

type TInterviewReview = TReviewToday & { event: TNextInterview; recall: number | null };

/**
 * "Review for this interview": the company's cards ranked by how likely they are to be forgotten
 * at the event's time, the first REVIEW_BATCH with their answers, and the share expected then.
 */
export async function getInterviewReview(userId: string, timeZone: string, params: TReviewParameters, eventId: string, now = new Date()): Promise<TInterviewReview> {
  assertUserId(userId);
  const [[event], day] = await Promise.all([
    db.$queryRaw<TNextInterview[]>`
      SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", e.stage, e.label, e."scheduledAt"
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
      WHERE e.id = ${eventId} AND e."userId" = ${userId} AND e."scheduledAt" IS NOT NULL`,
    readReviewDay(userId, timeZone, now),
  ]);
  if (!event) throw new AppError("NOT_FOUND");
  const [ranked, recall] = await Promise.all([
    readInterviewQueue(userId, event.companyId, event.scheduledAt, startOfDayIn(now, timeZone), params, REVIEW_BATCH),
    readRecall(userId, [event], params),
  ]);
  const interview = { companyName: event.companyName, stage: event.stage, at: event.scheduledAt };
  const picks = ranked.map(({ questionId, stars }) => ({ questionId, stars, group: "interview" as const, interview }));
  return {
    items: await loadReviewItems(userId, picks, now, params),
    due: ranked[0]?.total ?? 0,
    reviewedToday: day.reviewedToday,
    undoable: day.undoable,
    streak: day.streak,
    event,
    recall: recall.get(event.eventId) ?? null,
  };
}
