import { describe, expect, it } from "vitest";

import { dueReminders, reminderDueAt, reminderWording } from "@/lib/reminders/times";

const at = (iso: string) => new Date(iso);

describe("when an event's reminders are due", () => {
  it("the evening before is 20:00 on the previous calendar day in the user's zone", () => {
    // 2026-04-01 19:00 in Shanghai (UTC+8) = 11:00Z; the evening before is 03-31 20:00 +08 = 12:00Z.
    expect(reminderDueAt("day-before", at("2026-04-01T11:00:00Z"), "Asia/Shanghai")).toEqual(at("2026-03-31T12:00:00Z"));
    // The same instant is 04-01 07:00 in New York (EDT, UTC-4): the evening before is 03-31 20:00 EDT = 04-01 00:00Z.
    expect(reminderDueAt("day-before", at("2026-04-01T11:00:00Z"), "America/New_York")).toEqual(at("2026-04-01T00:00:00Z"));
    // 00:30 in Shanghai on 04-02 is still 04-01 in UTC: the local day decides.
    expect(reminderDueAt("day-before", at("2026-04-01T16:30:00Z"), "Asia/Shanghai")).toEqual(at("2026-04-01T12:00:00Z"));
  });

  it("the evening before follows the zone's daylight-saving change (New York springs forward on 2026-03-08)", () => {
    // 2026-03-09 10:00 EDT = 14:00Z; the evening before, 03-08 20:00, is already EDT: 03-09 00:00Z.
    expect(reminderDueAt("day-before", at("2026-03-09T14:00:00Z"), "America/New_York")).toEqual(at("2026-03-09T00:00:00Z"));
    // 2026-03-08 10:00 EDT; the evening before, 03-07 20:00, is still EST (UTC-5): 03-08 01:00Z.
    expect(reminderDueAt("day-before", at("2026-03-08T14:00:00Z"), "America/New_York")).toEqual(at("2026-03-08T01:00:00Z"));
  });

  it("one hour before is the same instant in every zone", () => {
    for (const zone of ["Asia/Shanghai", "America/New_York", "Europe/London", "Pacific/Kiritimati"]) {
      expect(reminderDueAt("hour-before", at("2026-04-01T11:00:00Z"), zone)).toEqual(at("2026-04-01T10:00:00Z"));
    }
  });

  it("sends nothing before the evening, the evening one until the last hour, then only the hour one", () => {
    const event = at("2026-04-01T11:00:00Z");
    const zone = "Asia/Shanghai";
    expect(dueReminders(event, zone, at("2026-03-31T11:59:59Z"))).toEqual([]);
    expect(dueReminders(event, zone, at("2026-03-31T12:00:00Z"))).toEqual(["day-before"]);
    expect(dueReminders(event, zone, at("2026-04-01T09:59:59Z"))).toEqual(["day-before"]);
    expect(dueReminders(event, zone, at("2026-04-01T10:00:00Z"))).toEqual(["hour-before"]);
    expect(dueReminders(event, zone, at("2026-04-01T11:00:00Z"))).toEqual([]);
  });
});

describe("the user's own reminder times", () => {
  const event = at("2026-04-01T11:00:00Z"); // 19:00 in Shanghai
  const zone = "Asia/Shanghai";

  it("puts the day-before reminder at the user's time of day and the lead reminder at their lead", () => {
    const times = { eveningAt: "21:30", leadMinutes: 15 };
    expect(reminderDueAt("day-before", event, zone, times)).toEqual(at("2026-03-31T13:30:00Z"));
    expect(reminderDueAt("hour-before", event, zone, times)).toEqual(at("2026-04-01T10:45:00Z"));
    expect(reminderDueAt("day-before", event, "America/New_York", { eveningAt: "07:05", leadMinutes: null })).toEqual(at("2026-03-31T11:05:00Z"));
  });

  it("sends nothing for a reminder that is off", () => {
    expect(reminderDueAt("day-before", event, zone, { eveningAt: null, leadMinutes: 60 })).toBeNull();
    expect(reminderDueAt("hour-before", event, zone, { eveningAt: "20:00", leadMinutes: null })).toBeNull();
    const off = { eveningAt: null, leadMinutes: null };
    for (const now of ["2026-03-31T12:00:00Z", "2026-04-01T10:30:00Z", "2026-04-01T10:59:59Z"]) expect(dueReminders(event, zone, at(now), off)).toEqual([]);
    expect(dueReminders(event, zone, at("2026-04-01T10:30:00Z"), { eveningAt: null, leadMinutes: 60 })).toEqual(["hour-before"]);
  });

  it("a lead of a day comes before the evening one: both go out, each in its turn", () => {
    const times = { eveningAt: "20:00", leadMinutes: 1440 };
    expect(dueReminders(event, zone, at("2026-03-31T10:59:59Z"), times)).toEqual([]);
    expect(dueReminders(event, zone, at("2026-03-31T11:00:00Z"), times)).toEqual(["hour-before"]);
    expect(dueReminders(event, zone, at("2026-03-31T12:00:00Z"), times)).toEqual(["day-before"]);
    expect(dueReminders(event, zone, at("2026-04-01T10:59:00Z"), times)).toEqual(["day-before"]);
  });
});

describe("how a reminder speaks of its event", () => {
  const event = at("2026-04-01T11:00:00Z"); // 04-01 19:00 in Shanghai
  const zone = "Asia/Shanghai";
  const times = { eveningAt: "20:00", leadMinutes: 60 };

  it("a lead under a day says 即将开始; otherwise the event's local day as seen when the reminder goes out", () => {
    expect(reminderWording("hour-before", event, at("2026-04-01T10:00:00Z"), zone, times)).toBe("hour-before");
    expect(reminderWording("day-before", event, at("2026-03-31T12:00:00Z"), zone, times)).toBe("day-before");
    // The evening one missed and sent on the morning of the day itself says today, not tomorrow.
    expect(reminderWording("day-before", event, at("2026-04-01T00:30:00Z"), zone, times)).toBe("today");
    const dayLead = { eveningAt: null, leadMinutes: 1440 };
    expect(reminderWording("hour-before", event, at("2026-03-31T11:00:00Z"), zone, dayLead)).toBe("day-before");
    expect(reminderWording("hour-before", event, at("2026-03-30T11:00:00Z"), zone, dayLead)).toBe("later");
    // The same instant is 03-31 20:00 in Shanghai but 03-31 08:00 in New York, where the event is 04-01 07:00.
    expect(reminderWording("day-before", event, at("2026-03-31T12:00:00Z"), "America/New_York", times)).toBe("day-before");
  });
});
