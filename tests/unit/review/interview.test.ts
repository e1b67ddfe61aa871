import { describe, expect, it } from "vitest";

import { expectedRecallPercent, rankForInterview } from "@/lib/review/interview";
import { newCard, rate, retrievability } from "@/lib/review/scheduler";
import { DEFAULT_REVIEW_PARAMETERS as P } from "@/lib/validation/review";

const T0 = new Date("2026-06-01T02:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

// A card rated Good twice: its next due date is weeks away.
const strong = rate(rate(newCard(T0), "s", 3, T0, P), "s", 3, days(3), P);
// A card rated once, Good: due in a few days.
const weak = rate(newCard(T0), "w", 3, T0, P);

describe("interview-date mode", () => {
  it("takes recall at the interview's time, not now", () => {
    const interview = days(20);
    const now = days(4);
    expect(retrievability(weak, now, P)).toBeGreaterThan(retrievability(weak, interview, P));
    const cards = [{ questionId: "w", stars: 0, card: weak }];
    const atInterview = expectedRecallPercent(cards, interview, P)!;
    expect(atInterview).toBe(Math.round(retrievability(weak, interview, P) * 100));
    expect(atInterview).toBeLessThan(expectedRecallPercent(cards, now, P)!);
  });

  it("counts a question never reviewed as not remembered, and has no share without questions", () => {
    expect(expectedRecallPercent([{ questionId: "n", stars: 0, card: null }], days(1), P)).toBe(0);
    expect(expectedRecallPercent([], days(1), P)).toBeNull();
    const half = expectedRecallPercent([{ questionId: "n", stars: 0, card: null }, { questionId: "s", stars: 0, card: strong }], days(3), P)!;
    expect(half).toBeGreaterThan(45);
    expect(half).toBeLessThanOrEqual(50);
  });

  it("ranks the likeliest forgotten by then first: new, then the weak card, then the strong one", () => {
    const ranked = rankForInterview(
      [
        { questionId: "s", stars: 0, card: strong },
        { questionId: "w", stars: 0, card: weak },
        { questionId: "n1", stars: 0, card: null },
        { questionId: "n2", stars: 3, card: null },
      ],
      days(10),
      days(5),
      P,
    );
    expect(ranked.map((item) => item.questionId)).toEqual(["n2", "n1", "w", "s"]);
  });

  it("pulls forward a card due only after the interview when recall then is the lowest left", () => {
    const interview = days(3 + strong.scheduledDays - 1);
    expect(strong.due.getTime()).toBeGreaterThan(interview.getTime());
    const ranked = rankForInterview([{ questionId: "s", stars: 0, card: strong }], interview, days(4), P);
    expect(ranked.map((item) => item.questionId)).toEqual(["s"]);
    expect(ranked[0]!.recall).toBeLessThan(1);
  });

  it("leaves a card rated today for tomorrow", () => {
    expect(rankForInterview([{ questionId: "w", stars: 0, card: weak }], days(5), T0, P)).toEqual([]);
  });
});
