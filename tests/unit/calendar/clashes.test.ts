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

  it("stays near linear for events that do not clash: reads of event times, counted, not timed", () => {
    // Each read of an event's start or end is counted: a deterministic measure of the work,
    // which a busy shared machine cannot disturb the way it disturbs a clock.
    const reads = (n: number) => {
      let count = 0;
      const events = Array.from({ length: n }, (_, i) => ({
        id: String(i),
        get start() {
          count++;
          return new Date(i * 7_200_000);
        },
        get end() {
          count++;
          return new Date(i * 7_200_000 + 3_600_000);
        },
      }));
      findClashes(events, 30);
      return count;
    };
    // n log n gives a little over 2; a pass over every pair would give 4.
    expect(reads(20_000) / reads(10_000)).toBeLessThan(2.5);
  });
});
