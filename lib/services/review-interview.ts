// Interview-date mode (lib/review/interview.ts) over the database: the share of a company's
// linked questions expected to be remembered at each upcoming 笔试/面试, and the review aimed at
// one of them. Every statement is scoped by userId; another user's event is NOT_FOUND.
import "server-only";

import { db } from "@/lib/db";
import { startOfDayIn } from "@/lib/dates/zone";
import { AppError, assertUserId } from "@/lib/errors";
import type { CardState, Stage } from "@/lib/generated/prisma/enums";
import { expectedRecallPercent, rankForInterview, type TInterviewCard } from "@/lib/review/interview";
import { pendingEventSql } from "@/lib/services/list-sql";
import { cardJoinSql } from "@/lib/services/mastery-sql";
import { PREP_EVENT_STAGES } from "@/lib/services/prep";
import { readReviewParameters } from "@/lib/services/review";
import { loadReviewItems, readReviewDay, REVIEW_BATCH, type TReviewToday } from "@/lib/services/review-queue";

type TCardRow = {
  companyId: string;
  questionId: string;
  stars: number;
  due: Date | null;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | null;
  scheduledDays: number | null;
  reps: number | null;
  lapses: number | null;
  state: CardState | null;
  lastReview: Date | null;
};

/** The questions (not placeholders) of the sets linked to each company, with their cards. */
async function readCompanyCards(userId: string, companyIds: readonly string[]): Promise<Map<string, TInterviewCard[]>> {
  const rows = await db.$queryRaw<TCardRow[]>`
    SELECT cs."companyId", q.id AS "questionId", q.stars, k.due, k.stability, k.difficulty, k."elapsedDays",
      k."scheduledDays", k.reps, k.lapses, k.state, k."lastReview"
    FROM "CompanySet" cs
    JOIN "Question" q ON q."setId" = cs."setId" AND q."userId" = ${userId} AND NOT q.placeholder
    ${cardJoinSql(userId, "q", "k")}
    WHERE cs."userId" = ${userId} AND cs."companyId" = ANY(${[...companyIds]}::text[])
    ORDER BY cs."companyId", q.position, q.id`;
  const byCompany = new Map<string, TInterviewCard[]>();
  for (const { companyId, questionId, stars, ...k } of rows) {
    const card =
      k.state === null || k.due === null
        ? null
        : { ...k, due: k.due, state: k.state, stability: k.stability ?? 0, difficulty: k.difficulty ?? 0, elapsedDays: k.elapsedDays ?? 0, scheduledDays: k.scheduledDays ?? 0, reps: k.reps ?? 0, lapses: k.lapses ?? 0 };
    byCompany.set(companyId, [...(byCompany.get(companyId) ?? []), { questionId, stars, card }]);
  }
  return byCompany;
}

type TEventAt = { eventId: string; companyId: string; scheduledAt: Date };

/** For each event, the whole percent of its company's questions expected remembered then (null: none linked). */
export async function listInterviewRecall(userId: string, events: readonly TEventAt[]): Promise<Map<string, number | null>> {
  assertUserId(userId);
  if (events.length === 0) return new Map();
  const [cards, params] = await Promise.all([readCompanyCards(userId, events.map((e) => e.companyId)), readReviewParameters(db, userId)]);
  return new Map(events.map((e) => [e.eventId, expectedRecallPercent(cards.get(e.companyId) ?? [], e.scheduledAt, params)]));
}

type TInterviewEvent = { eventId: string; companyId: string; companyName: string; stage: Stage; label: string; scheduledAt: Date };

/** The company's next pending 笔试/面试, or null. */
export async function nextInterviewOf(userId: string, companyId: string, now = new Date()): Promise<TInterviewEvent | null> {
  assertUserId(userId);
  const [event] = await db.$queryRaw<TInterviewEvent[]>`
    SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", e.stage, e.label, e."scheduledAt"
    FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId} AND a.outcome = 'ACTIVE'::"Outcome"
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
    WHERE c.id = ${companyId} AND ${pendingEventSql("e", userId, now, PREP_EVENT_STAGES)}
    ORDER BY e."scheduledAt", e.id LIMIT 1`;
  return event ?? null;
}

type TInterviewReview = TReviewToday & { event: TInterviewEvent; recall: number | null };

/**
 * "Review for this interview": the company's cards ranked by how likely they are to be forgotten
 * at the event's time, the first REVIEW_BATCH with their answers, and the share expected then.
 */
export async function getInterviewReview(userId: string, timeZone: string, eventId: string, now = new Date()): Promise<TInterviewReview> {
  assertUserId(userId);
  const [event] = await db.$queryRaw<TInterviewEvent[]>`
    SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", e.stage, e.label, e."scheduledAt"
    FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
    WHERE e.id = ${eventId} AND e."userId" = ${userId} AND e."scheduledAt" IS NOT NULL`;
  if (!event) throw new AppError("NOT_FOUND");
  const [cards, params, day] = await Promise.all([
    readCompanyCards(userId, [event.companyId]),
    readReviewParameters(db, userId),
    readReviewDay(userId, timeZone, now),
  ]);
  const all = cards.get(event.companyId) ?? [];
  const ranked = rankForInterview(all, event.scheduledAt, startOfDayIn(now, timeZone), params);
  const interview = { companyName: event.companyName, stage: event.stage, at: event.scheduledAt };
  const picks = ranked.slice(0, REVIEW_BATCH).map(({ questionId, stars }) => ({ questionId, stars, group: "interview" as const, interview }));
  return {
    items: await loadReviewItems(userId, picks, now, params),
    due: ranked.length,
    reviewedToday: day.reviewedToday,
    streak: day.streak,
    event,
    recall: expectedRecallPercent(all, event.scheduledAt, params),
  };
}
