import { describe, expect, it } from "vitest";

import { dueReminders, reminderDueAt } from "@/lib/reminders/times";

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
