import { beforeAll, describe, expect, it } from "vitest";

import { db, transaction } from "@/lib/db";
import { Mastery, ReviewSource } from "@/lib/generated/prisma/enums";
import { replay, type TLoggedRating } from "@/lib/review/history";
import { createSet } from "@/lib/services/questions";
import { createQuestion, setMastery } from "@/lib/services/questions-items";
import { CARD_SELECT, rateCard, reviewCard, undoLastRating } from "@/lib/services/review";
import { getReviewToday } from "@/lib/services/review-queue";
import { DEFAULT_REVIEW_PARAMETERS } from "@/lib/validation/review";

import { createTestUser } from "../helpers/users";

const T0 = new Date("2026-06-01T02:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const ZONE = "Asia/Shanghai";

async function bank(userId: string, count: number, placeholder = false) {
  const { id: setId } = await createSet(userId, { title: `题集 ${Math.random()}` });
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push((await createQuestion(userId, { setId, title: `题 ${i}`, answerMd: placeholder ? "" : `答案 ${i}`, stars: 0 })).id);
  }
  return { setId, ids };
}

const cardOf = (userId: string, questionId: string) =>
  db.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } }, select: CARD_SELECT });

describe("review writes", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await createTestUser()).id;
  });

  it("writes the card and a log holding the card before, and undo restores it exactly", async () => {
    const { ids: [q] } = await bank(userId, 1);
    await reviewCard(userId, q!, 3, T0);
    const first = await cardOf(userId, q!);
    expect(first?.reps).toBe(1);
    await reviewCard(userId, q!, 1, days(first!.scheduledDays));
    const logs = await db.reviewLog.findMany({ where: { userId, questionId: q! }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((log) => log.rating)).toEqual([3, 1]);
    expect(logs[1]).toMatchObject({ prevReps: 1, prevStability: first!.stability, prevDue: first!.due, source: ReviewSource.REVIEW });

    await undoLastRating(userId);
    expect(await cardOf(userId, q!)).toEqual(first);
    expect(await db.reviewLog.count({ where: { userId, questionId: q! } })).toBe(1);
    await undoLastRating(userId);
    expect(await cardOf(userId, q!)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId, questionId: q! } })).toBe(0);
  });

  it("takes back no rating made before the day it is asked to", async () => {
    const { ids: [q] } = await bank(userId, 1);
    await reviewCard(userId, q!, 3, T0);
    const card = await cardOf(userId, q!);
    await expect(undoLastRating(userId, days(1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cardOf(userId, q!)).toEqual(card);
    await undoLastRating(userId, T0);
    expect(await cardOf(userId, q!)).toBeNull();
  });

  it("offers undo only once the review page rated a card today, not for the bank's mastery", async () => {
    const { id: user } = await createTestUser();
    const { ids: [a, b] } = await bank(user, 2);
    await setMastery(user, { questionId: a!, status: Mastery.KNOWN }, T0);
    expect(await getReviewToday(user, ZONE, DEFAULT_REVIEW_PARAMETERS, T0)).toMatchObject({ reviewedToday: 1, undoable: false });
    await reviewCard(user, b!, 3, T0);
    expect(await getReviewToday(user, ZONE, DEFAULT_REVIEW_PARAMETERS, T0)).toMatchObject({ reviewedToday: 2, undoable: true });
    expect(await getReviewToday(user, ZONE, DEFAULT_REVIEW_PARAMETERS, days(1))).toMatchObject({ reviewedToday: 0, undoable: false });
  });

  it("replaying the log gives the stored card", async () => {
    const { ids } = await bank(userId, 3);
    const plan: [number, TLoggedRating, ReviewSource][] = [
      [0, 3, ReviewSource.REVIEW],
      [2, 1, ReviewSource.ENCOUNTER],
      [3, 3, ReviewSource.REVIEW],
      [9, 4, ReviewSource.MANUAL],
      [30, 2, ReviewSource.REVIEW],
      [31, 0, ReviewSource.MANUAL],
      [32, 3, ReviewSource.REVIEW],
    ];
    for (const q of ids) {
      for (const [n, rating, source] of plan) await transaction(userId, (tx) => rateCard(tx, userId, q, rating, days(n), source));
      const logs = await db.reviewLog.findMany({ where: { userId, questionId: q }, orderBy: { reviewedAt: "asc" }, select: { rating: true, source: true, reviewedAt: true } });
      const replayed = replay(q, null, logs.map((log) => ({ ...log, rating: log.rating as TLoggedRating })), DEFAULT_REVIEW_PARAMETERS);
      expect(replayed).toEqual(await cardOf(userId, q));
    }
  });

  it("refuses placeholders, unknown ids and bad ratings, writing nothing", async () => {
    const { ids: [blank] } = await bank(userId, 1, true);
    await expect(reviewCard(userId, blank!, 3, T0)).rejects.toMatchObject({ code: "VALIDATION", messageKey: "review.errors.placeholder" });
    await expect(reviewCard(userId, "nope", 3, T0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reviewLog.count({ where: { questionId: blank! } })).toBe(0);
  });

  it("does not undo a rating that a later one of the same card followed", async () => {
    const { ids: [q] } = await bank(userId, 1);
    await reviewCard(userId, q!, 3, days(100));
    await transaction(userId, (tx) => rateCard(tx, userId, q!, 1, days(101), ReviewSource.ENCOUNTER));
    await expect(undoLastRating(userId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.reviewLog.count({ where: { userId, questionId: q! } })).toBe(2);
  });
});

describe("two users: cards and reviews are each user's own", () => {
  it("another user's question is NOT_FOUND, and undo never reaches another user's log", async () => {
    const alice = (await createTestUser("Alice")).id;
    const bob = (await createTestUser("Bob")).id;
    const { ids: [q] } = await bank(alice, 1);
    await expect(reviewCard(bob, q!, 3, T0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transaction(bob, (tx) => rateCard(tx, bob, q!, 3, T0, ReviewSource.ENCOUNTER))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reviewCard(alice, q!, 3, T0);
    await expect(undoLastRating(bob)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reviewLog.count({ where: { questionId: q! } })).toBe(1);
    const bobToday = await getReviewToday(bob, ZONE, DEFAULT_REVIEW_PARAMETERS, T0);
    expect(bobToday).toMatchObject({ items: [], due: 0, reviewedToday: 0, streak: 0 });
    const aliceToday = await getReviewToday(alice, ZONE, DEFAULT_REVIEW_PARAMETERS, T0);
    expect(aliceToday.reviewedToday).toBe(1);
  });
});

describe("today's queue", () => {
  it("counts by the local day, leaves rated cards for tomorrow and keeps a streak", async () => {
    const userId = (await createTestUser()).id;
    const { ids } = await bank(userId, 3);
    const morning = new Date("2026-06-01T00:30:00Z"); // 08:30 in Shanghai
    let today = await getReviewToday(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, morning);
    expect(today.due).toBe(3);
    expect(today.items.map((item) => item.questionId)).toEqual(ids);
    expect(today.items[0]!.intervals[1]).toBeLessThan(today.items[0]!.intervals[4]);
    await reviewCard(userId, ids[0]!, 3, morning);
    today = await getReviewToday(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, morning);
    expect(today).toMatchObject({ due: 2, reviewedToday: 1, streak: 1 });
    // 23:30 the same local day (15:30 UTC) is still today; 00:30 next day (16:30 UTC) is not.
    expect((await getReviewToday(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, new Date("2026-06-01T15:30:00Z"))).reviewedToday).toBe(1);
    expect((await getReviewToday(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, new Date("2026-06-01T16:30:00Z"))).reviewedToday).toBe(0);
    expect((await getReviewToday(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, new Date("2026-06-01T16:30:00Z"))).streak).toBe(1);
  });
});
