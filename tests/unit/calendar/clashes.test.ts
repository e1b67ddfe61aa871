import { describe, expect, it } from "vitest";

import { findClashes, type TTimedEvent } from "@/lib/calendar/clashes";
import { DEFAULT_CALENDAR_SETTINGS, eventEnd } from "@/lib/calendar/settings";

const at = (hhmm: string) => new Date(`2099-04-01T${hhmm}:00+08:00`);
const event = (id: string, start: string, end: string): TTimedEvent => ({ id, start: at(start), end: at(end) });

describe("findClashes", () => {
  it("gives a 笔试 two hours and an interview one by default, else the user's lengths", () => {
    expect(eventEnd("WRITTEN_TEST", at("19:00"), DEFAULT_CALENDAR_SETTINGS)).toEqual(at("21:00"));
    expect(eventEnd("INTERVIEW", at("10:00"), DEFAULT_CALENDAR_SETTINGS)).toEqual(at("11:00"));
    expect(eventEnd("ASSESSMENT", at("10:00"), DEFAULT_CALENDAR_SETTINGS)).toEqual(at("11:00"));
    const settings = { lengths: { ASSESSMENT: 20, WRITTEN_TEST: 150, INTERVIEW: 45 }, bufferMinutes: 0 };
    expect(eventEnd("INTERVIEW", at("10:00"), settings)).toEqual(at("10:45"));
    expect(eventEnd("WRITTEN_TEST", at("19:00"), settings)).toEqual(at("21:30"));
    expect(eventEnd("ASSESSMENT", at("10:00"), settings)).toEqual(at("10:20"));
    // Stages without a setting (投递, offer) keep a short slot.
    expect(eventEnd("APPLIED", at("10:00"), settings)).toEqual(at("10:30"));
  });

  it("flags overlapping events on both sides", () => {
    const clashes = findClashes([event("a", "19:00", "21:00"), event("b", "20:00", "21:00")], 30);
    expect(clashes).toEqual(new Map([["a", ["b"]], ["b", ["a"]]]));
  });

  it("flags a gap shorter than the buffer, not one exactly as long", () => {
    const buffer = DEFAULT_CALENDAR_SETTINGS.bufferMinutes;
    expect(buffer).toBe(30);
    expect(findClashes([event("a", "19:00", "21:00"), event("b", "21:29", "22:00")], buffer).size).toBe(2);
    expect(findClashes([event("a", "19:00", "21:00"), event("b", "21:30", "22:00")], buffer).size).toBe(0);
    // A buffer the user widened reaches further.
    expect(findClashes([event("a", "19:00", "21:00"), event("b", "21:30", "22:00")], 45).size).toBe(2);
  });

  it("with no buffer, events that only touch do not clash; a minute of overlap does", () => {
    expect(findClashes([event("a", "19:00", "20:00"), event("b", "20:00", "21:00")], 0).size).toBe(0);
    expect(findClashes([event("a", "19:00", "20:01"), event("b", "20:00", "21:00")], 0).size).toBe(2);
  });

  it("finds a clash with a long event past shorter ones in between, in any input order", () => {
    const events = [event("c", "20:30", "21:00"), event("long", "18:00", "21:00"), event("b", "18:10", "18:20")];
    const clashes = findClashes(events, 0);
    expect(clashes.get("long")?.sort()).toEqual(["b", "c"]);
    expect(clashes.get("b")).toEqual(["long"]);
    expect(clashes.get("c")).toEqual(["long"]);
  });

  it("an event with identical start and end as another clashes; none or one event gives nothing", () => {
    expect(findClashes([event("a", "10:00", "11:00"), event("b", "10:00", "11:00")], 30).size).toBe(2);
    expect(findClashes([], 30).size).toBe(0);
    expect(findClashes([event("a", "10:00", "11:00")], 30).size).toBe(0);
  });

  it("stays linear for events that do not clash (ratio of 2n to n)", () => {
    const spaced = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i), start: new Date(i * 7_200_000), end: new Date(i * 7_200_000 + 3_600_000) }));
    const time = (n: number) => {
      const started = performance.now();
      for (let round = 0; round < 5; round++) findClashes(spaced(n), 30);
      return performance.now() - started;
    };
    time(5_000);
    expect(time(10_000) / time(5_000)).toBeLessThan(4);
  });
});
