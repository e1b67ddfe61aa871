import { tz } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, startOfDay } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  assertTimeZone,
  canonicalTimeZone,
  daysBetween,
  localDayOf,
  nextWeekFrom,
  startOfDayIn,
  timeZoneChoices,
  utcToZonedInput,
  yearIn,
  zonedTimeToUtc,
  zonedToUtc,
} from "@/lib/dates/zone";

const NEW_YORK = "America/New_York";

describe("wall-clock times in a zone with daylight saving time (America/New_York)", () => {
  it("reads a time inside the spring-forward gap as the same time one hour later (02:30 → 03:30 EDT)", () => {
    // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT, so 02:30 never shows on a New York clock.
    expect(zonedTimeToUtc(2026, 3, 8, 2, 30, NEW_YORK).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(utcToZonedInput(zonedToUtc("2026-03-08T02:30", NEW_YORK), NEW_YORK)).toBe("2026-03-08T03:30");
    // Either side of the gap is read plainly.
    expect(zonedTimeToUtc(2026, 3, 8, 1, 59, NEW_YORK).toISOString()).toBe("2026-03-08T06:59:00.000Z");
    expect(zonedTimeToUtc(2026, 3, 8, 3, 0, NEW_YORK).toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });

  it("reads a time inside the fall-back overlap as its first occurrence (01:30 EDT, not 01:30 EST)", () => {
    // 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST, so 01:30 shows twice.
    expect(zonedTimeToUtc(2026, 11, 1, 1, 30, NEW_YORK).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    // Both instants show as 01:30 on the wall clock.
    expect(utcToZonedInput(new Date("2026-11-01T05:30:00Z"), NEW_YORK)).toBe("2026-11-01T01:30");
    expect(utcToZonedInput(new Date("2026-11-01T06:30:00Z"), NEW_YORK)).toBe("2026-11-01T01:30");
  });

  it("counts calendar days and starts of days across the change, not 24-hour spans", () => {
    const saturdayNoon = new Date("2026-03-07T17:00:00Z");
    expect(startOfDayIn(saturdayNoon, NEW_YORK, 1).toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDayIn(saturdayNoon, NEW_YORK, 2).toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(daysBetween(saturdayNoon, new Date("2026-03-09T04:30:00Z"), NEW_YORK)).toBe(2);
    const { start, end } = nextWeekFrom(new Date("2026-03-07T17:00:00Z"));
    expect([start.toISOString(), end.toISOString()]).toEqual(["2026-03-07T17:00:00.000Z", "2026-03-14T17:00:00.000Z"]);
  });
});

describe("zones without daylight saving time", () => {
  it("reads Asia/Shanghai as UTC+8 all year", () => {
    expect(zonedTimeToUtc(2026, 1, 15, 19, 0, "Asia/Shanghai").toISOString()).toBe("2026-01-15T11:00:00.000Z");
    expect(zonedTimeToUtc(2026, 7, 15, 19, 0, "Asia/Shanghai").toISOString()).toBe("2026-07-15T11:00:00.000Z");
    expect(localDayOf(new Date("2026-12-31T16:00:00Z"), "Asia/Shanghai")).toBe("2027-01-01");
    expect(yearIn(new Date("2026-12-31T16:00:00Z"), "Asia/Shanghai")).toBe(2027);
  });

  it("reads a zone 45 minutes off the hour (Asia/Kathmandu, UTC+05:45)", () => {
    expect(zonedTimeToUtc(2026, 4, 1, 19, 0, "Asia/Kathmandu").toISOString()).toBe("2026-04-01T13:15:00.000Z");
    expect(utcToZonedInput(new Date("2026-04-01T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-04-02T00:00");
    expect(startOfDayIn(new Date("2026-04-01T18:15:00Z"), "Asia/Kathmandu").toISOString()).toBe("2026-04-01T18:15:00.000Z");
  });

  it("rolls an overflowing day into the next month, as the notes' dates need", () => {
    expect(zonedTimeToUtc(2026, 4, 31, 0, 0, "Asia/Shanghai").toISOString()).toBe("2026-04-30T16:00:00.000Z");
  });
});

describe("assertTimeZone", () => {
  it("accepts IANA zones and refuses unknown ones", () => {
    expect(() => assertTimeZone("Europe/Berlin")).not.toThrow();
    expect(() => assertTimeZone("Mars/Olympus")).toThrow(RangeError);
  });
});

describe("canonicalTimeZone (the zone a browser sends at sign-up, or a pick in settings)", () => {
  it("keeps a zone the runtime knows, in its canonical spelling", () => {
    expect(canonicalTimeZone("America/Los_Angeles")).toBe("America/Los_Angeles");
    expect(canonicalTimeZone("asia/shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("US/Pacific")).toBe("America/Los_Angeles");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
  });

  it("refuses what is no zone: unknown names, offsets, empty, overlong and non-strings", () => {
    for (const value of ["Mars/Olympus", "+05:00", "", "Asia/Shanghai".repeat(10), 8, null, undefined, { zone: "UTC" }]) {
      expect(canonicalTimeZone(value)).toBeNull();
    }
  });
});

describe("timeZoneChoices (the settings' zone picker)", () => {
  const winter = new Date("2026-01-15T12:00:00Z");
  const summer = new Date("2026-07-15T12:00:00Z");

  it("gives each zone its offset at the given instant, daylight saving time included", () => {
    const offsetAt = (zone: string, at: Date) => timeZoneChoices(zone, at).find((choice) => choice.zone === zone)?.offset;
    expect(offsetAt("America/Los_Angeles", winter)).toBe("-08:00");
    expect(offsetAt("America/Los_Angeles", summer)).toBe("-07:00");
    expect(offsetAt("Asia/Kathmandu", winter)).toBe("+05:45");
    expect(offsetAt("UTC", winter)).toBe("+00:00");
  });

  it("lists every zone the runtime knows and UTC once, sorted by offset then name", () => {
    const choices = timeZoneChoices("Asia/Shanghai", winter);
    const zones = choices.map((choice) => choice.zone);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toEqual(expect.arrayContaining(["UTC", "Asia/Shanghai", "America/Los_Angeles", ...Intl.supportedValuesOf("timeZone")]));
    const minutes = choices.map(({ offset }) => (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))));
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(choices.find((choice) => choice.zone === "Asia/Shanghai")?.offset).toBe("+08:00");
  });

  it("keeps the account's zone listed even in a spelling the runtime's list lacks", () => {
    expect(timeZoneChoices("Asia/Calcutta", winter).find((choice) => choice.zone === "Asia/Calcutta")?.offset).toBe("+05:30");
  });
});

describe("the wall clock read off one TZDate", () => {
  // Zones with daylight saving time at 02:00, at midnight (Santiago), by 30 minutes (Lord Howe),
  // 45 minutes off the hour (Chatham), south of the equator, and none at all.
  const ZONES = [NEW_YORK, "Europe/London", "America/Santiago", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Shanghai", "UTC"];
  const anyInstant = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true });
  // Within two days of one of these zones' clock changes in 2026, where a day is not 24 hours.
  const CHANGES = ["03-08", "11-01", "03-29", "10-25", "04-05", "09-06", "10-04", "09-27"].map((day) => Date.parse(`2026-${day}T00:00:00Z`));
  const nearChange = fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -2 * 1_440, max: 2 * 1_440 })).map(([at, minutes]) => new Date(at + minutes * 60_000));
  const instant = fc.oneof(anyInstant, nearChange);

  it("gives the days, times and day starts date-fns gives when it reads every field in the zone", () => {
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...ZONES), fc.integer({ min: -40, max: 40 }), (a, b, zone, days) => {
        const inZone = { in: tz(zone) };
        expect(localDayOf(a, zone)).toBe(format(a, "yyyy-MM-dd", inZone));
        expect(utcToZonedInput(a, zone)).toBe(format(a, "yyyy-MM-dd'T'HH:mm", inZone));
        expect(yearIn(a, zone)).toBe(Number(format(a, "yyyy", inZone)));
        expect(daysBetween(a, b, zone)).toBe(differenceInCalendarDays(b, a, inZone));
        // The start of the day `days` later: midnight, or the first instant after it where a clock change skips midnight.
        expect(startOfDayIn(a, zone, days).getTime()).toBe(startOfDay(addDays(a, days, inZone), inZone).getTime());
      }),
      { numRuns: 4_000 },
    );
  });
});
