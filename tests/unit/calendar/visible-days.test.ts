import { describe, expect, it } from "vitest";

import { daysOf, visibleDays } from "@/lib/calendar/views";

describe("visibleDays", () => {
  it("covers the month's grid of whole weeks from Monday", () => {
    // April 2099 begins on a Wednesday and ends on a Thursday.
    expect(visibleDays("month", "2099-04-15")).toEqual({ from: "2099-03-30", to: "2099-05-04" });
    // A month that begins on a Monday starts its grid on that day.
    expect(visibleDays("month", "2099-06-30")).toEqual({ from: "2099-06-01", to: "2099-07-06" });
  });

  it("covers one week from Monday, also from a Sunday", () => {
    expect(visibleDays("week", "2099-04-01")).toEqual({ from: "2099-03-30", to: "2099-04-06" });
    expect(visibleDays("week", "2099-04-05")).toEqual({ from: "2099-03-30", to: "2099-04-06" });
    expect(visibleDays("week", "2099-04-06")).toEqual({ from: "2099-04-06", to: "2099-04-13" });
  });

  it("covers the agenda's month from the day, across a year's end", () => {
    expect(visibleDays("agenda", "2099-12-20")).toEqual({ from: "2099-12-20", to: "2100-01-20" });
  });

  it("covers the month's grid and the agenda when no view is named", () => {
    expect(visibleDays(null, "2099-04-15")).toEqual({ from: "2099-03-30", to: "2099-05-16" });
    expect(visibleDays(null, "2099-04-01")).toEqual({ from: "2099-03-30", to: "2099-05-04" });
  });
});

describe("daysOf", () => {
  it("lists the days of a range one by one, across a month's and a year's end", () => {
    expect(daysOf({ from: "2099-02-27", to: "2099-03-02" })).toEqual(["2099-02-27", "2099-02-28", "2099-03-01"]);
    expect(daysOf({ from: "2099-12-31", to: "2100-01-01" })).toEqual(["2099-12-31"]);
    expect(daysOf({ from: "2099-04-01", to: "2099-04-01" })).toEqual([]);
    expect(daysOf(visibleDays("month", "2099-04-15"))).toHaveLength(35);
  });
});
