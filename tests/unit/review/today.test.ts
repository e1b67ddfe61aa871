import { describe, expect, it } from "vitest";

import { orderQueue, queueGroupOf, streakOf, type TQueueCandidate } from "@/lib/review/today";

const START = new Date("2026-06-01T00:00:00Z");
const END = new Date("2026-06-02T00:00:00Z");
const at = (hours: number) => new Date(START.getTime() + hours * 3_600_000);

const card = (questionId: string, over: Partial<TQueueCandidate> = {}): TQueueCandidate => ({
  questionId,
  stars: 0,
  due: null,
  lastReview: null,
  interviewAt: null,
  ...over,
});

describe("today's queue order", () => {
  it("without interviews: ⭐ questions, then due cards (most overdue first), then new ones", () => {
    const queue = orderQueue(
      [
        card("new1"),
        card("due-late", { due: at(10), lastReview: at(-100) }),
        card("star1", { stars: 1, due: at(-5), lastReview: at(-100) }),
        card("due-early", { due: at(-48), lastReview: at(-100) }),
        card("star3", { stars: 3 }),
        card("later", { due: at(30), lastReview: at(-10) }),
      ],
      START,
      END,
      20,
    );
    expect(queue.map((item) => item.questionId)).toEqual(["star3", "star1", "due-early", "due-late", "new1"]);
    expect(queue.map((item) => item.group)).toEqual(["starred", "starred", "due", "due", "new"]);
  });

  it("with interviews: their cards first, the sooner interview earlier, then the rest", () => {
    const queue = orderQueue(
      [
        card("star", { stars: 2, due: at(-1), lastReview: at(-50) }),
        card("in5days", { interviewAt: at(120) }),
        card("due", { due: at(1), lastReview: at(-50) }),
        card("tomorrow", { interviewAt: at(30), due: at(-3), lastReview: at(-50) }),
      ],
      START,
      END,
      20,
    );
    expect(queue.map((item) => item.questionId)).toEqual(["tomorrow", "in5days", "star", "due"]);
  });

  it("pulls forward a card that would fall due before the interview, not one due after it", () => {
    const interviewAt = at(24 * 5);
    expect(queueGroupOf(card("a", { interviewAt, due: at(24 * 3), lastReview: at(-24) }), START, END)).toBe("interview");
    expect(queueGroupOf(card("b", { interviewAt, due: at(24 * 9), lastReview: at(-24) }), START, END)).toBeNull();
    expect(queueGroupOf(card("c", { due: at(24 * 3), lastReview: at(-24) }), START, END)).toBeNull();
  });

  it("leaves a card rated today for tomorrow, even before an interview", () => {
    expect(queueGroupOf(card("a", { interviewAt: at(48), due: at(24), lastReview: at(1) }), START, END)).toBeNull();
  });

  it("takes only as many new questions as the day has left", () => {
    const queue = orderQueue([card("n1"), card("n2"), card("n3"), card("s", { stars: 1 })], START, END, 2);
    expect(queue.map((item) => item.questionId)).toEqual(["s", "n1", "n2"]);
  });
});

describe("the streak", () => {
  it("counts consecutive days ending today, or yesterday before today's first review", () => {
    expect(streakOf(["2026-06-01", "2026-05-31", "2026-05-30", "2026-05-27"], "2026-06-01", "2026-05-31")).toBe(3);
    expect(streakOf(["2026-05-31", "2026-05-30"], "2026-06-01", "2026-05-31")).toBe(2);
    expect(streakOf(["2026-05-29"], "2026-06-01", "2026-05-31")).toBe(0);
    expect(streakOf(["2026-03-01", "2026-02-28"], "2026-03-01", "2026-02-28")).toBe(2);
  });
});
