import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { CardState } from "@/lib/generated/prisma/enums";
import { linkSet } from "@/lib/services/prep-links";
import { createSet } from "@/lib/services/questions";
import { createQuestion } from "@/lib/services/questions-items";
import { reviewCard } from "@/lib/services/review";
import { getReviewToday, REVIEW_BATCH } from "@/lib/services/review-queue";
import { DEFAULT_REVIEW_PARAMETERS } from "@/lib/validation/review";
import { companyWithInterview } from "@/tests/helpers/interviews";
import { createTestUser } from "@/tests/helpers/users";

// Today's queue as the database ranks it: the group of each card, the order inside each group,
// the day's new cards, the day by the account's zone, and, on a bank of a few hundred cards,
// the first page and the count against the rule written out here.

const ZONE = "UTC";
const START = new Date("2026-06-01T00:00:00Z");
const at = (hours: number) => new Date(START.getTime() + hours * 3_600_000);
/** Mid-morning of START's day: START…START+24h is "today" in UTC. */
const NOW = at(2);

type TCardSpec = { due: Date; lastReview: Date };

async function question(userId: string, setId: string, title: string, stars = 0, card?: TCardSpec) {
  const { id } = await createQuestion(userId, { setId, title, answerMd: `${title} 的答案`, stars });
  if (card) {
    await db.reviewCard.create({
      data: { userId, questionId: id, ...card, stability: 5, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reps: 1, lapses: 0, state: CardState.REVIEW },
    });
  }
  return id;
}

/** A set linked to a company whose 面试 is at `interviewAt`. */
async function interviewSet(userId: string, title: string, interviewAt: Date) {
  const set = await createSet(userId, { title });
  const { companyId } = await companyWithInterview(userId, title, interviewAt);
  await linkSet(userId, { companyId, setId: set.id });
  return set.id;
}

async function queueOf(userId: string, now = NOW, zone = ZONE) {
  const today = await getReviewToday(userId, zone, DEFAULT_REVIEW_PARAMETERS, now);
  return { ids: today.items.map((item) => item.questionId), groups: today.items.map((item) => item.group), due: today.due };
}

describe("today's queue order", () => {
  it("without interviews: ⭐ questions, then due cards (most overdue first), then new ones", async () => {
    const userId = (await createTestUser()).id;
    const { id: setId } = await createSet(userId, { title: "题" });
    const q = {
      new1: await question(userId, setId, "new1"),
      dueLate: await question(userId, setId, "due-late", 0, { due: at(10), lastReview: at(-100) }),
      star1: await question(userId, setId, "star1", 1, { due: at(-5), lastReview: at(-100) }),
      dueEarly: await question(userId, setId, "due-early", 0, { due: at(-48), lastReview: at(-100) }),
      star3: await question(userId, setId, "star3", 3),
      later: await question(userId, setId, "later", 0, { due: at(30), lastReview: at(-10) }),
    };
    const queue = await queueOf(userId);
    expect(queue.ids).toEqual([q.star3, q.star1, q.dueEarly, q.dueLate, q.new1]);
    expect(queue.groups).toEqual(["starred", "starred", "due", "due", "new"]);
    expect(queue.due).toBe(5);
  });

  it("with interviews: their cards first, the sooner interview earlier, then the rest", async () => {
    const userId = (await createTestUser()).id;
    const { id: plain } = await createSet(userId, { title: "普通" });
    const soon = await interviewSet(userId, "明天面", at(30));
    const later = await interviewSet(userId, "五天后面", at(120));
    const star = await question(userId, plain, "star", 2, { due: at(-1), lastReview: at(-50) });
    const in5days = await question(userId, later, "in5days");
    const due = await question(userId, plain, "due", 0, { due: at(1), lastReview: at(-50) });
    const tomorrow = await question(userId, soon, "tomorrow", 0, { due: at(-3), lastReview: at(-50) });
    const queue = await queueOf(userId);
    expect(queue.ids).toEqual([tomorrow, in5days, star, due]);
    expect(queue.groups).toEqual(["interview", "interview", "starred", "due"]);
  });

  it("pulls forward a card that would fall due before the interview, not one due after it", async () => {
    const userId = (await createTestUser()).id;
    const linked = await interviewSet(userId, "五天后面", at(24 * 5));
    const { id: plain } = await createSet(userId, { title: "普通" });
    const before = await question(userId, linked, "a", 0, { due: at(24 * 3), lastReview: at(-24) });
    await question(userId, linked, "b", 0, { due: at(24 * 9), lastReview: at(-24) });
    await question(userId, plain, "c", 0, { due: at(24 * 3), lastReview: at(-24) });
    expect(await queueOf(userId)).toEqual({ ids: [before], groups: ["interview"], due: 1 });
  });

  it("leaves a card rated today for tomorrow, even before an interview", async () => {
    const userId = (await createTestUser()).id;
    const linked = await interviewSet(userId, "后天面", at(48));
    await question(userId, linked, "a", 0, { due: at(24), lastReview: at(1) });
    expect((await queueOf(userId)).due).toBe(0);
  });

  it("takes only as many new questions as the day has left", async () => {
    const userId = (await createTestUser()).id;
    const { id: setId } = await createSet(userId, { title: "题" });
    for (let i = 0; i < 18; i += 1) await reviewCard(userId, await question(userId, setId, `今天学过 ${i}`), 3, at(1));
    const n1 = await question(userId, setId, "n1");
    const n2 = await question(userId, setId, "n2");
    await question(userId, setId, "n3");
    const s = await question(userId, setId, "s", 1);
    expect(await queueOf(userId)).toEqual({ ids: [s, n1, n2], groups: ["starred", "new", "new"], due: 3 });
  });

  it("counts the day by the account's zone", async () => {
    const userId = (await createTestUser()).id;
    const { id: setId } = await createSet(userId, { title: "题" });
    // Due at 17:00 UTC: today in UTC, tomorrow in Shanghai (whose day ends at 16:00 UTC).
    const evening = await question(userId, setId, "evening", 0, { due: at(17), lastReview: at(-48) });
    expect((await queueOf(userId, NOW, "UTC")).ids).toEqual([evening]);
    expect((await queueOf(userId, NOW, "Asia/Shanghai")).due).toBe(0);
  });
});

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

type TSpecCard = { id: string; rank: number; stars: number; due: Date | null; lastReview: Date | null; interviewAt: Date | null };

/** The rule, written out plainly over every question, to hold the database's page against. */
function expectedQueue(cards: readonly TSpecCard[], dayStart: Date, dayEnd: Date, newLeft: number) {
  const groupOf = (c: TSpecCard) => {
    if (c.lastReview !== null && c.lastReview >= dayStart) return null;
    if (c.interviewAt !== null && (c.due === null || c.due <= c.interviewAt)) return 0;
    if (c.stars > 0 && (c.due === null || c.due < dayEnd)) return 1;
    if (c.due !== null && c.due < dayEnd) return 2;
    return c.due === null ? 3 : null;
  };
  const grouped = cards.flatMap((c) => {
    const group = groupOf(c);
    return group === null ? [] : [{ ...c, group }];
  });
  const fresh = grouped.filter((c) => c.group === 3).sort((a, b) => a.rank - b.rank).slice(0, newLeft);
  const ms = (d: Date | null) => d?.getTime() ?? -Infinity;
  const rest = grouped
    .filter((c) => c.group < 3)
    .sort((a, b) => a.group - b.group || (a.group === 0 ? ms(a.interviewAt) - ms(b.interviewAt) : 0) || b.stars - a.stars || ms(a.due) - ms(b.due) || a.rank - b.rank);
  return [...rest, ...fresh].map((c) => c.id);
}

describe("today's queue on a bank of a few hundred cards", () => {
  it("gives the first page and the count the rule gives, day after day", async () => {
    const userId = (await createTestUser()).id;
    const next = random(20_261_207);
    // Two sets share the sooner interview (their cards interleave by stars and due), one has a
    // later one, two have none; cards fall due on whole hours, so ties are broken by the bank's order.
    const sets = [
      { id: (await createSet(userId, { title: "无关 1" })).id, interviewAt: null },
      { id: await interviewSet(userId, "三天后 A", at(72)), interviewAt: at(72) },
      { id: (await createSet(userId, { title: "无关 2" })).id, interviewAt: null },
      { id: await interviewSet(userId, "五天后", at(120)), interviewAt: at(120) },
    ];
    const shared = await db.company.findFirstOrThrow({ where: { userId, name: "三天后 A" }, select: { id: true } });
    const sharedSet = (await createSet(userId, { title: "三天后 B" })).id;
    await linkSet(userId, { companyId: shared.id, setId: sharedSet });
    sets.push({ id: sharedSet, interviewAt: at(72) });

    const cards: TSpecCard[] = [];
    for (let i = 0; i < 300; i += 1) {
      const set = sets[next(sets.length)]!;
      const kind = next(4);
      const spec = kind === 0 ? undefined : { due: at(next(24 * 12) - 24 * 4), lastReview: at(kind === 1 ? 1 - next(3) : -100 - next(200)) };
      const id = await question(userId, set.id, `题 ${i}`, next(5) === 0 ? 1 + next(3) : 0, spec);
      cards.push({ id, rank: 0, stars: 0, due: spec?.due ?? null, lastReview: spec?.lastReview ?? null, interviewAt: set.interviewAt });
    }
    const stored = await db.question.findMany({ where: { userId }, select: { id: true, stars: true, position: true, set: { select: { id: true, sortOrder: true } } } });
    const bankOrder = stored.sort((a, b) => a.set.sortOrder - b.set.sortOrder || (a.set.id < b.set.id ? -1 : a.set.id > b.set.id ? 1 : 0) || a.position - b.position || (a.id < b.id ? -1 : 1));
    const rankOf = new Map(bankOrder.map((q, index) => [q.id, { rank: index, stars: q.stars }]));
    for (const card of cards) Object.assign(card, rankOf.get(card.id));

    const check = async () => {
      for (const dayOffset of [0, 1, 2, 6]) {
        const now = at(24 * dayOffset + 2);
        const expected = expectedQueue(
          cards.map((c) => ({ ...c, interviewAt: c.interviewAt && c.interviewAt >= now ? c.interviewAt : null })),
          at(24 * dayOffset),
          at(24 * dayOffset + 24),
          20,
        );
        const queue = await queueOf(userId, now);
        expect(queue.ids).toEqual(expected.slice(0, REVIEW_BATCH));
        expect(queue.due).toBe(expected.length);
      }
    };
    await check();
    // Every question gets a card, so the order among cards (not new ones first) leads the page.
    for (const card of cards.filter((c) => c.due === null)) {
      Object.assign(card, { due: at(next(24 * 12) - 24 * 4), lastReview: at(-100 - next(200)) });
      await db.reviewCard.create({
        data: { userId, questionId: card.id, due: card.due!, lastReview: card.lastReview, stability: 5, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reps: 1, lapses: 0, state: CardState.REVIEW },
      });
    }
    await check();
    // No interview left: ⭐ and due cards lead.
    await db.stageEvent.deleteMany({ where: { userId } });
    for (const card of cards) card.interviewAt = null;
    await check();
  });
});
