import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { eventIcs, feedIcs, FEED_REFRESH_SECONDS, type TIcsEvent } from "@/lib/calendar/ics";
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { Stage } from "@/lib/generated/prisma/enums";

const context = { origin: "https://offerboard.example", locale: "zh" as const, timeZone: "Asia/Shanghai", settings: DEFAULT_CALENDAR_SETTINGS };

const written: TIcsEvent = {
  id: "ev1",
  companyId: "co1",
  companyName: "字节跳动",
  stage: Stage.WRITTEN_TEST,
  label: "二笔",
  scheduledAt: new Date("2026-04-01T11:00:00.000Z"),
  link: "https://exam.example/t?id=1",
  linkExpiresAt: new Date("2026-04-01T15:59:00.000Z"),
  sequence: 2,
  createdAt: new Date("2026-03-20T08:00:00.000Z"),
};
const past: TIcsEvent = {
  ...written,
  id: "ev0",
  companyId: "co2",
  companyName: "美团",
  stage: Stage.INTERVIEW,
  label: "一面",
  scheduledAt: new Date("2025-09-01T02:30:00.000Z"),
  link: null,
  linkExpiresAt: null,
  sequence: 0,
};

const components = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) => components(text).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

describe("the feed, parsed back with ical.js", () => {
  const text = feedIcs([past, written], [], context);

  it("holds every event given, past ones included, field by field", () => {
    const [first, second] = events(text);
    expect(first?.uid).toBe("ev0@offerboard");
    expect(first?.summary).toBe("美团 · 一面");
    expect(first?.startDate.toJSDate().toISOString()).toBe("2025-09-01T02:30:00.000Z");
    expect(second?.uid).toBe("ev1@offerboard");
    expect(second?.summary).toBe("字节跳动 · 二笔");
    expect(second?.startDate.toJSDate().toISOString()).toBe("2026-04-01T11:00:00.000Z");
    // A 笔试 lasts two hours by default.
    expect(second?.endDate.toJSDate().toISOString()).toBe("2026-04-01T13:00:00.000Z");
    expect(second?.description).toBe(
      ["笔试 · 二笔", "链接: https://exam.example/t?id=1", "截止: 2026-04-01 23:59 (Asia/Shanghai)", "公司页面: https://offerboard.example/companies/co1"].join("\n"),
    );
    expect(second?.component.getFirstPropertyValue("url")).toBe("https://offerboard.example/companies/co1");
    expect(second?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect([first?.sequence, second?.sequence]).toEqual([0, 2]);
  });

  it("writes times in UTC, never floating, and a stamp that does not change between polls", () => {
    expect(text).toContain("DTSTART:20260401T110000Z");
    expect(text).toContain("DTEND:20260401T130000Z");
    expect(text).not.toMatch(/^DTSTART(;|:\d{8}T\d{6}\r?$)/mu);
    expect(text).toContain("DTSTAMP:20260320T080000Z");
    expect(feedIcs([past, written], [], context)).toBe(text);
  });

  it("ends each event after its stage's length as the user set it", () => {
    const settings = { lengths: { ASSESSMENT: 30, WRITTEN_TEST: 90, INTERVIEW: 45 }, bufferMinutes: 0 };
    const [interview, test] = events(feedIcs([past, written], [], { ...context, settings }));
    expect(interview?.endDate.toJSDate().toISOString()).toBe("2025-09-01T03:15:00.000Z");
    expect(test?.endDate.toJSDate().toISOString()).toBe("2026-04-01T12:30:00.000Z");
    const [download] = events(eventIcs(written, { ...context, settings }));
    expect(download?.endDate.toJSDate().toISOString()).toBe("2026-04-01T12:30:00.000Z");
  });

  it("asks subscribers to poll hourly", () => {
    const calendar = components(text);
    expect(calendar.getFirstPropertyValue("x-published-ttl")?.toString()).toBe("PT1H");
    expect(calendar.getFirstPropertyValue("refresh-interval")?.toString()).toBe("PT1H");
    expect(FEED_REFRESH_SECONDS).toBe(3600);
  });

  it("keeps each event's UID when the feed changes around it", () => {
    const moved = { ...written, scheduledAt: new Date("2026-04-02T11:00:00.000Z") };
    expect(events(feedIcs([moved], [], context)).map((event) => event.uid)).toEqual(["ev1@offerboard"]);
  });

  it("writes English when the reader reads English", () => {
    const [event] = events(feedIcs([written], [], { ...context, locale: "en" }));
    expect(event?.description.split("\n")[0]).toBe("Written test · 二笔");
  });
});

describe("escaping and folding with Chinese text", () => {
  const tricky = { ...written, companyName: "腾讯;音乐,娱乐\\集团 " + "很长的公司名字".repeat(15), label: "一面\n二面" };
  const text = feedIcs([tricky], [], context);

  it("escapes ; , \\ and newlines and reads back unchanged", () => {
    expect(text).toContain("SUMMARY:腾讯\\;音乐\\,娱乐\\\\集团");
    const [event] = events(text);
    expect(event?.summary).toBe(`${tricky.companyName} · 一面\n二面`);
    expect(event?.description.split("\n").slice(0, 2)).toEqual(["笔试 · 一面", "二面"]);
  });

  it("folds exactly as ical-generator's own folding would, emoji and CJK included", () => {
    // ical-generator's fold (dist: encode each character, break past 74 octets), as the reference.
    const reference = (unfolded: string) =>
      unfolded
        .split("\r\n")
        .map((line) => {
          let out = "";
          let octets = 0;
          for (let index = 0; index < line.length; index++) {
            let char = line.charAt(index);
            if (char >= "\ud800" && char <= "\udbff") char += line.charAt(++index);
            const size = new TextEncoder().encode(char).length;
            octets += size;
            if (octets > 74) {
              out += "\r\n ";
              octets = size;
            }
            out += char;
          }
          return out;
        })
        .join("\r\n");
    const emoji = { ...tricky, id: "ev2", companyName: "🚀字节跳动😀".repeat(9) + "a", label: "é".repeat(50), link: "https://exam.example/" + "x".repeat(200) };
    const feed = feedIcs([tricky, emoji, written], [], context);
    expect(feed).toBe(reference(feed.replaceAll("\r\n ", "")));
    expect(feed).toContain("🚀");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const lines = text.split("\r\n");
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(2);
    for (const line of lines) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8 on its own: no character cut between two lines.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(line);
    }
  });
});

describe("a single event's file", () => {
  it("carries display alarms one day and one hour before", () => {
    const [event] = events(eventIcs(written, context));
    const alarms = event?.component.getAllSubcomponents("valarm") ?? [];
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue("action"))).toEqual(["DISPLAY", "DISPLAY"]);
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue("trigger")?.toString())).toEqual(["-P1D", "-PT1H"]);
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue("description"))).toEqual(["字节跳动 · 二笔", "字节跳动 · 二笔"]);
    expect(event?.uid).toBe("ev1@offerboard");
  });

  it("is not in the feed: subscribed events carry no alarms", () => {
    expect(feedIcs([written], [], context)).not.toContain("BEGIN:VALARM");
  });
});

describe("removed events", () => {
  it("stay in the feed as STATUS:CANCELLED under their UID with a higher SEQUENCE", () => {
    const gone = { eventId: "ev9", scheduledAt: new Date("2026-05-01T01:00:00.000Z"), sequence: 3, cancelledAt: new Date("2026-04-20T00:00:00.000Z") };
    const [kept, cancelled] = events(feedIcs([written], [gone], context));
    expect(kept?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(cancelled?.uid).toBe("ev9@offerboard");
    expect(cancelled?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled?.sequence).toBe(3);
    expect(cancelled?.startDate.toJSDate().toISOString()).toBe("2026-05-01T01:00:00.000Z");
    expect(cancelled?.summary).toBe("已取消");
  });
});
