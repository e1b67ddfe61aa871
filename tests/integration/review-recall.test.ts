import { fsrs } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { newCard, rate, resetCard, toFsrs, type TCard } from "@/lib/review/scheduler";
import { linkSet } from "@/lib/services/prep-links";
import { createSet } from "@/lib/services/questions";
import { createQuestion } from "@/lib/services/questions-items";
import { recallAtSql } from "@/lib/services/recall-sql";
import { getInterviewReview, listInterviewRecall } from "@/lib/services/review-interview";
import { DEFAULT_REVIEW_PARAMETERS as P, type TReviewParameters } from "@/lib/validation/review";
import { companyWithInterview } from "@/tests/helpers/interviews";
import { createTestUser } from "@/tests/helpers/users";

// FSRS recall computed by the database (recall-sql.ts) against ts-fsrs's own get_retrievability,
// card by card, for the default weights and for fitted ones (whose decay ts-fsrs clamps); then
// the interview share and the review for one interview that are built on it.

const T0 = new Date("2026-06-01T02:00:00Z");
const DAY = 86_400_000;
const days = (n: number) => new Date(T0.getTime() + n * DAY);
const ZONE = "Asia/Shanghai";

/** ts-fsrs's own recall of a stored card, the reference the SQL is held to. */
function tsFsrsRecall(card: TCard, at: Date, params: TReviewParameters): number {
  if (card.lastReview === null) return 0;
  const f = fsrs({ request_retention: params.requestRetention, maximum_interval: params.maximumInterval, ...(params.w ? { w: params.w } : {}), enable_short_term: false });
  return f.get_retrievability(toFsrs(card, ""), at, false);
}

async function storeCard(userId: string, questionId: string, card: TCard) {
  await db.reviewCard.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...card }, update: card });
}

const withW20 = (w20: number): TReviewParameters => {
  const w = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, w20];
  return { ...P, w };
};

describe("FSRS recall in SQL", () => {
  let userId: string;
  const cards = new Map<string, TCard>();

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    const { id: setId } = await createSet(userId, { title: "记忆" });
    const make = async (title: string, card: TCard | null) => {
      const { id } = await createQuestion(userId, { setId, title, answerMd: "答", stars: 0 });
      if (card) {
        await storeCard(userId, id, card);
        cards.set(id, card);
      }
      return id;
    };
    // Real histories through ts-fsrs (seconds and milliseconds off whole days), and stored edge cases.
    const once = rate(newCard(T0), "a", 3, new Date(T0.getTime() + 1234), P);
    await make("once", once);
    await make("twice", rate(once, "a", 3, new Date(days(3).getTime() + 56_789), P));
    await make("again", rate(rate(newCard(T0), "b", 4, T0, P), "b", 1, days(20), P));
    await make("hard", rate(rate(rate(newCard(T0), "c", 2, T0, P), "c", 2, days(1), P), "c", 3, days(4), P));
    await make("known", rate(newCard(T0), "d", 4, T0, P, "known"));
    await make("reset", resetCard(once, days(2)));
    await make("tiny", { ...once, stability: 0.001 });
    await make("huge", { ...once, stability: 36_500 });
    await make("decimals", { ...once, stability: 123.45678901 });
    await make("new", null);
  });

  const instants = [days(-1), T0, new Date(T0.getTime() + DAY / 2), new Date(T0.getTime() + DAY - 1), days(1), days(7.3), days(45), days(400), days(3650)];
  const parameterSets: [string, TReviewParameters][] = [
    ["the default weights", P],
    ["fitted weights with FSRS-5's decay", withW20(0.5)],
    ["a decay under ts-fsrs's floor (clamped to 0.1)", withW20(0.02)],
    ["a decay over ts-fsrs's ceiling (clamped to 0.8)", withW20(3)],
  ];

  it.each(parameterSets)("equals ts-fsrs's get_retrievability to 1e-9 with %s", async (_name, params) => {
    for (const at of instants) {
      const rows = await db.$queryRaw<{ questionId: string; recall: number }[]>`
        SELECT q.id AS "questionId", ${recallAtSql("k", Prisma.sql`${at}::timestamptz`, params)} AS recall
        FROM "Question" q LEFT JOIN "ReviewCard" k ON k."userId" = q."userId" AND k."questionId" = q.id
        WHERE q."userId" = ${userId}`;
      expect(rows).toHaveLength(10);
      for (const row of rows) {
        const card = cards.get(row.questionId);
        const expected = card ? tsFsrsRecall(card, at, params) : 0;
        expect(Math.abs(row.recall - expected), `${row.questionId} at ${at.toISOString()}`).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it("falls with time, is 1 right after a review and near the retention aimed at when the card falls due", async () => {
    const once = [...cards.values()][0]!;
    const recallOf = async (at: Date) => {
      const [row] = await db.$queryRaw<{ recall: number }[]>`
        SELECT ${recallAtSql("k", Prisma.sql`${at}::timestamptz`, P)} AS recall FROM "ReviewCard" k
        WHERE k."userId" = ${userId} AND k."lastReview" = ${once.lastReview} AND k.stability = ${once.stability}`;
      return row!.recall;
    };
    expect(await recallOf(T0)).toBe(1);
    expect(await recallOf(days(1))).toBeGreaterThan(await recallOf(days(10)));
    expect(await recallOf(new Date(once.due.getTime() + 60_000))).toBeCloseTo(P.requestRetention, 1);
  });
});


describe("the interview's share and its review", () => {
  // A card rated Good twice: due weeks later. A card rated Good once: due in a few days.
  const strong = rate(rate(newCard(T0), "s", 3, T0, P), "s", 3, days(3), P);
  const weak = rate(newCard(T0), "w", 3, T0, P);

  async function company(cardsOf: { title: string; stars?: number; card?: TCard; placeholder?: boolean }[], interviewAt: Date) {
    const userId = (await createTestUser()).id;
    const { id: setId } = await createSet(userId, { title: "题" });
    const ids: Record<string, string> = {};
    for (const { title, stars = 0, card, placeholder } of cardsOf) {
      ids[title] = (await createQuestion(userId, { setId, title, answerMd: placeholder ? "" : "答", stars })).id;
      if (card) await storeCard(userId, ids[title], card);
    }
    const target = await companyWithInterview(userId, "公司", interviewAt);
    await linkSet(userId, { companyId: target.companyId, setId });
    return { userId, ids, ...target };
  }

  it("is the mean of ts-fsrs's recall at the interview's time, as a whole percent, placeholders aside", async () => {
    const interview = days(20);
    const { userId, companyId, eventId } = await company(
      [{ title: "w", card: weak }, { title: "s", card: strong }, { title: "n" }, { title: "空", placeholder: true }],
      interview,
    );
    const share = async (at: Date) => (await listInterviewRecall(userId, P, [{ eventId, companyId, scheduledAt: at }])).get(eventId);
    const mean = (at: Date) => Math.round(((tsFsrsRecall(weak, at, P) + tsFsrsRecall(strong, at, P) + 0) / 3) * 100);
    expect(await share(interview)).toBe(mean(interview));
    expect(await share(days(4))).toBe(mean(days(4)));
    expect(await share(interview)).toBeLessThan((await share(days(4)))!);
  });

  it("counts a question never reviewed as not remembered, and has no share without questions", async () => {
    const { userId, companyId, eventId } = await company([{ title: "n" }], days(3));
    expect((await listInterviewRecall(userId, P, [{ eventId, companyId, scheduledAt: days(3) }])).get(eventId)).toBe(0);
    const bare = await companyWithInterview(userId, "没题", days(3));
    expect((await listInterviewRecall(userId, P, [{ ...bare, scheduledAt: days(3) }])).get(bare.eventId)).toBeNull();
  });

  it("ranks the likeliest forgotten by then first: new (more stars first), then the weak card, then the strong one", async () => {
    const { userId, ids, eventId } = await company(
      [{ title: "s", card: strong }, { title: "w", card: weak }, { title: "n1" }, { title: "n2", stars: 3 }],
      days(10),
    );
    const review = await getInterviewReview(userId, ZONE, P, eventId, days(5));
    expect(review.items.map((item) => item.questionId)).toEqual([ids.n2, ids.n1, ids.w, ids.s]);
    expect(review.due).toBe(4);
  });

  it("pulls forward a card due only after the interview, and leaves a card rated today for tomorrow", async () => {
    const interview = days(3 + strong.scheduledDays - 1);
    expect(strong.due.getTime()).toBeGreaterThan(interview.getTime());
    const { userId, ids, eventId } = await company([{ title: "s", card: strong }], interview);
    expect((await getInterviewReview(userId, ZONE, P, eventId, days(4))).items.map((item) => item.questionId)).toEqual([ids.s]);
    const rated = await company([{ title: "w", card: weak }], days(5));
    expect(await getInterviewReview(rated.userId, ZONE, P, rated.eventId, T0)).toMatchObject({ items: [], due: 0 });
  });
});
