import { describe, expect, it } from "vitest";

import { streakOf } from "@/lib/review/today";

// The queue's order is tested against the database that ranks it: tests/integration/review-queue.test.ts.

describe("the streak", () => {
  it("counts consecutive days ending today, or yesterday before today's first review", () => {
    expect(streakOf(["2026-06-01", "2026-05-31", "2026-05-30", "2026-05-27"], "2026-06-01", "2026-05-31")).toBe(3);
    expect(streakOf(["2026-05-31", "2026-05-30"], "2026-06-01", "2026-05-31")).toBe(2);
    expect(streakOf(["2026-05-29"], "2026-06-01", "2026-05-31")).toBe(0);
    expect(streakOf(["2026-03-01", "2026-02-28"], "2026-03-01", "2026-02-28")).toBe(2);
  });
});
