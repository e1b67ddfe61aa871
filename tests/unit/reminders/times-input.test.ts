import { describe, expect, it } from "vitest";

import { DEFAULT_REMINDER_TIMES } from "@/lib/reminders/times";
import { reminderTimesOf, ZReminderTimes } from "@/lib/validation/reminders";

describe("the reminder times a user can save", () => {
  it("takes any HH:MM and the listed lead times, each or both off", () => {
    for (const input of [{ eveningAt: "00:00", leadMinutes: 15 }, { eveningAt: "23:59", leadMinutes: 1440 }, { eveningAt: null, leadMinutes: null }, { eveningAt: "07:30", leadMinutes: 120 }]) {
      expect(ZReminderTimes.parse(input)).toEqual(input);
    }
  });

  it("refuses other times and leads, each with its own message", () => {
    for (const eveningAt of ["24:00", "7:30", "07:60", "07:30:00", "", "20:00 "]) {
      expect(ZReminderTimes.safeParse({ eveningAt, leadMinutes: 60 }).error?.issues[0]?.message, eveningAt).toBe("reminders.times.badTime");
    }
    for (const leadMinutes of [0, 45, -60, 100000, "60", 60.5]) {
      expect(ZReminderTimes.safeParse({ eveningAt: "20:00", leadMinutes }).error?.issues[0]?.message, String(leadMinutes)).toBe("reminders.times.badLead");
    }
  });

  it("reads the saved times from the preferences, the defaults when none or broken ones are there", () => {
    expect(reminderTimesOf({ reminders: { eveningAt: "21:00", leadMinutes: 30 }, companiesTable: {} })).toEqual({ eveningAt: "21:00", leadMinutes: 30 });
    for (const preferences of [{}, null, "x", { reminders: { eveningAt: "99:99", leadMinutes: 30 } }, { reminders: 5 }]) expect(reminderTimesOf(preferences)).toEqual(DEFAULT_REMINDER_TIMES);
  });
});

describe("reminder times in the JSON backup", () => {
  it("are part of the account's preferences a backup carries", async () => {
    const { ZBackupUser } = await import("@/lib/validation/backup");
    const user = { id: "u1", email: "a@example.test", name: "测试", locale: "zh", timeZone: "Asia/Shanghai" };
    const preferences = { reminders: { eveningAt: "21:15", leadMinutes: 30 } };
    expect(ZBackupUser.parse({ ...user, preferences }).preferences).toEqual(preferences);
    expect(ZBackupUser.safeParse({ ...user, preferences: { reminders: { eveningAt: "25:00", leadMinutes: 30 } } }).success).toBe(false);
  });
});
