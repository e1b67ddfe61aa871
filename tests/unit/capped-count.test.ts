import { describe, expect, it } from "vitest";

import { cappedLabel, COUNT_CAP } from "@/lib/capped-count";

// A count read with the cap shows exactly up to COUNT_CAP and as "more than" past it, also
// beside the rows already listed.
describe("cappedLabel", () => {
  it("shows a count up to the cap as it is", () => {
    expect(cappedLabel(0)).toBe("0");
    expect(cappedLabel(7)).toBe("7");
    expect(cappedLabel(COUNT_CAP)).toBe("99");
  });

  it("shows a count past the cap as more than the cap", () => {
    expect(COUNT_CAP).toBe(99);
    expect(cappedLabel(COUNT_CAP + 1)).toBe("99+");
  });

  it("counts the rest beside the listed rows, exactly or as more than", () => {
    expect(cappedLabel(25, 20)).toBe("5");
    expect(cappedLabel(COUNT_CAP, 20)).toBe("79");
    // At least 100 in all, 20 listed: more than 79 left.
    expect(cappedLabel(COUNT_CAP + 1, 20)).toBe("79+");
  });
});
