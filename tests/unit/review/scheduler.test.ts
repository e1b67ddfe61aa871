import { describe, expect, it } from "vitest";

import { CardState, ReviewSource } from "@/lib/generated/prisma/enums";
import { applyRating, cardBefore, prevColumnsOf, replay } from "@/lib/review/history";
import { isUnreviewed, KNOWN_STABILITY_DAYS, newCard, previewIntervals, rate, resetCard } from "@/lib/review/scheduler";
import { DEFAULT_REVIEW_PARAMETERS as P, reviewParametersOf } from "@/lib/validation/review";

const T0 = new Date("2026-06-01T02:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describe("FSRS scheduling of a card", () => {
  it("schedules a new card by whole days, never within the same day", () => {
    for (const rating of [1, 2, 3, 4] as const) {
      const card = rate(newCard(T0), "q1", rating, T0, P);
      expect(card.state).toBe(CardState.REVIEW);
      expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
      expect(card.reps).toBe(1);
      expect(card.lastReview).toEqual(T0);
    }
  });

  it("pins 学习中 chosen by hand under the known line, due the next day, even where Again alone keeps a strong memory known", () => {
    let card = newCard(T0);
    for (const n of [0, 10, 60, 300, 1200]) card = rate(card, "strong", 4, days(n), P);
    const at = days(1201);
    const again = rate(card, "strong", 1, at, P);
    expect(again.stability).toBeGreaterThanOrEqual(KNOWN_STABILITY_DAYS);
    const pinned = rate(card, "strong", 1, at, P, "learning");
    expect(pinned.stability).toBeLessThan(KNOWN_STABILITY_DAYS);
    expect(pinned.due).toEqual(days(1202));
  });

  it("is reproducible: the same card, rating and time give the same due date", () => {
    let a = newCard(T0);
    let b = newCard(T0);
    for (const [n, rating] of [[0, 3], [3, 3], [12, 3], [40, 4], [120, 3]] as const) {
      a = rate(a, "card-x", rating, days(n), P);
      b = rate(b, "card-x", rating, days(n), P);
    }
    expect(a).toEqual(b);
    expect(a.scheduledDays).toBeGreaterThan(30);
  });

  it("seeds the fuzz by card id: long intervals of two cards with the same history may differ, each stable", () => {
    const dues = new Set<number>();
    for (const id of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      let card = newCard(T0);
      for (const n of [0, 8, 30]) card = rate(card, id, 3, days(n), P);
      dues.add(card.scheduledDays);
    }
    expect(dues.size).toBeGreaterThan(1);
  });

  it("shows the next interval of each rating, growing from Again to Easy, matching the rating itself", () => {
    const card = rate(newCard(T0), "q2", 3, T0, P);
    const at = days(card.scheduledDays);
    const preview = previewIntervals(card, "q2", at, P);
    expect(preview[1]).toBeLessThan(preview[2]);
    expect(preview[2]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
    expect(rate(card, "q2", 3, at, P).scheduledDays).toBe(preview[3]);
  });

  it("counts a lapse on Again", () => {
    const card = rate(rate(newCard(T0), "q3", 3, T0, P), "q3", 1, days(3), P);
    expect(card.lapses).toBe(1);
  });

  it("lifts a manual 'I know this' to a known memory", () => {
    const card = rate(newCard(T0), "q5", 3, T0, P);
    const known = rate(card, "q5", 4, T0, P, "known");
    expect(known.stability).toBeGreaterThanOrEqual(KNOWN_STABILITY_DAYS);
    expect(known.due.getTime()).toBeGreaterThanOrEqual(days(KNOWN_STABILITY_DAYS).getTime());
  });

  it("resets a card to new, keeping its counts", () => {
    const card = rate(newCard(T0), "q6", 3, T0, P);
    const reset = resetCard(card, days(1));
    expect(reset.state).toBe(CardState.NEW);
    expect(reset.reps).toBe(1);
    expect(isUnreviewed(reset)).toBe(false);
    expect(isUnreviewed(newCard(T0))).toBe(true);
  });

  it("takes the user's parameters, and the defaults for anything invalid", () => {
    expect(reviewParametersOf({ review: { requestRetention: 2 } })).toEqual(P);
    expect(reviewParametersOf(undefined)).toEqual(P);
    const strict = reviewParametersOf({ review: { requestRetention: 0.97 } });
    const card = rate(newCard(T0), "q7", 3, T0, P);
    const at = days(card.scheduledDays);
    expect(rate(card, "q7", 3, at, strict).scheduledDays).toBeLessThan(rate(card, "q7", 3, at, P).scheduledDays);
  });
});

describe("undo and replay of a card's history", () => {
  it("restores exactly the card before a rating from its log columns", () => {
    let card = newCard(T0);
    for (const [n, rating] of [[0, 3], [4, 1], [5, 3], [14, 4]] as const) {
      const before = card;
      const log = prevColumnsOf(before);
      card = applyRating(before, "u1", { rating, source: ReviewSource.REVIEW, reviewedAt: days(n) }, P);
      expect(card).not.toEqual(before);
      expect(cardBefore(log)).toEqual(before);
    }
  });

  it("replays a log, manual ratings and resets included, to the card it built", () => {
    const entries = [
      { rating: 3, source: ReviewSource.REVIEW, reviewedAt: T0 },
      { rating: 4, source: ReviewSource.MANUAL, reviewedAt: days(1) },
      { rating: 1, source: ReviewSource.ENCOUNTER, reviewedAt: days(9) },
      { rating: 0, source: ReviewSource.MANUAL, reviewedAt: days(10) },
      { rating: 3, source: ReviewSource.REVIEW, reviewedAt: days(11) },
    ] as const;
    let card = newCard(T0);
    for (const entry of entries) card = applyRating(card, "u2", entry, P);
    expect(replay("u2", null, entries, P)).toEqual(card);
    expect(replay("u2", null, [], P)).toBeNull();
    // Other parameters give another card from the same history (parameters can change later).
    expect(replay("u2", null, entries, { ...P, requestRetention: 0.8 })).not.toEqual(card);
  });
});
