import { describe, expect, it } from "vitest";

import { CALENDAR_DAY_CAP } from "@/lib/calendar/views";
import { db } from "@/lib/db";
import { startApplication } from "@/lib/services/applications";
import { listCalendar } from "@/lib/services/calendar";
import { createCompany } from "@/lib/services/companies";
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { createTestUser } from "@/tests/helpers/users";

// The calendar's days are the account zone's wall-clock days, also the 23-hour day on which New
// York moves its clocks forward (2099-03-08): what falls late that evening counts in that day.

const ZONE = "America/New_York";
const ALL = { tiers: [], stages: [] };
const MINUTE = 60_000;

describe("calendar days across a clock change", () => {
  it("puts each event and each day's left-out count on the zone's day", async () => {
    const { id: userId } = await createTestUser();
    const { id: companyId } = await createCompany(userId, { name: "纽约", tier: "A" });
    const { id: applicationId } = await startApplication(userId, { companyId, role: "算法" }, { timeZone: ZONE });
    const times = [
      new Date("2099-03-08T04:30:00Z"), // 23:30 on the 7th (EST)
      ...Array.from({ length: CALENDAR_DAY_CAP }, (_, index) => new Date(Date.parse("2099-03-08T14:00:00Z") + index * 20 * MINUTE)), // from 10:00 on the 8th (EDT)
      new Date("2099-03-09T03:30:00Z"), // 23:30 on the 8th (EDT): past the day's cap
      new Date("2099-03-09T04:30:00Z"), // 00:30 on the 9th
    ];
    await db.stageEvent.createMany({ data: times.map((scheduledAt, index) => ({ userId, applicationId, position: index + 10, stage: "WRITTEN_TEST" as const, scheduledAt })) });

    const { entries, more } = await listCalendar(userId, ZONE, DEFAULT_CALENDAR_SETTINGS, { from: "2099-03-07", to: "2099-03-10" }, ALL);
    const onDay = (day: string) => entries.filter((entry) => entry.start.startsWith(day)).map((entry) => entry.start);
    expect(onDay("2099-03-07")).toEqual(["2099-03-07T23:30"]);
    expect(onDay("2099-03-08")).toHaveLength(CALENDAR_DAY_CAP);
    expect(onDay("2099-03-09")).toEqual(["2099-03-09T00:30"]);
    expect(more).toEqual([{ day: "2099-03-08", count: 1 }]);
  });
});
