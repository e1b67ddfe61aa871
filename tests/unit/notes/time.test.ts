import { describe, expect, it } from "vitest";

import { parseNotes } from "@/lib/notes";
import { parseLocalDate, parseLocalDateTime } from "@/lib/notes/time";
import { zonedTimeToUtc } from "@/lib/dates/zone";

describe("dates without a year", () => {
  it("reads 3.6 as 00:00 of that day in Asia/Shanghai", () => {
    expect(parseLocalDate("3.6", 2025, "Asia/Shanghai")).toEqual(new Date("2025-03-05T16:00:00Z"));
    expect(parseLocalDate("03-06", 2025, "Asia/Shanghai")).toEqual(new Date("2025-03-05T16:00:00Z"));
    expect(parseLocalDate("3月6日", 2025, "Asia/Shanghai")).toEqual(new Date("2025-03-05T16:00:00Z"));
  });

  it("rejects impossible dates and non-dates", () => {
    expect(parseLocalDate("2.30", 2025, "Asia/Shanghai")).toBeNull();
    expect(parseLocalDate("2.29", 2024, "Asia/Shanghai")).not.toBeNull();
    expect(parseLocalDate("13.1", 2025, "Asia/Shanghai")).toBeNull();
    expect(parseLocalDate("投", 2025, "Asia/Shanghai")).toBeNull();
    expect(parseLocalDateTime("04-01 25:00", 2025, "Asia/Shanghai")).toBeNull();
  });

  it("reads MM-DD HH:mm and converts through the zone's offset, DST included", () => {
    expect(parseLocalDateTime("04-01 19:00", 2025, "Asia/Shanghai")).toEqual(new Date("2025-04-01T11:00:00Z"));
    expect(parseLocalDateTime("4月1日19:00", 2025, "Asia/Shanghai")).toEqual(new Date("2025-04-01T11:00:00Z"));
    expect(zonedTimeToUtc(2025, 7, 1, 9, 0, "America/New_York")).toEqual(new Date("2025-07-01T13:00:00Z"));
    expect(zonedTimeToUtc(2025, 1, 1, 9, 0, "America/New_York")).toEqual(new Date("2025-01-01T14:00:00Z"));
    expect(zonedTimeToUtc(2025, 1, 1, 9, 0, "UTC")).toEqual(new Date("2025-01-01T09:00:00Z"));
  });

  it("refuses a bad year or an unknown time zone", () => {
    expect(() => parseNotes("", { year: 25.5 })).toThrow(RangeError);
    expect(() => parseNotes("", { year: 2025, timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
