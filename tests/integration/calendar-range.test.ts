import { describe, expect, it } from "vitest";

import { CALENDAR_DAY_CAP, visibleDays } from "@/lib/calendar/views";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { startApplication } from "@/lib/services/applications";
import { calendarRangeSql, listCalendar } from "@/lib/services/calendar";
import { createCompany } from "@/lib/services/companies";
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { createTestUser } from "@/tests/helpers/users";

// The calendar reads the days in view, whatever else the user holds: a user with thousands of
// events outside the view costs the same rows as one without, and a day with 5,000 events
// answers at once with CALENDAR_DAY_CAP of them and a count of the rest.

const ALL = { tiers: [], stages: [] };
const APRIL = visibleDays("month", "2099-04-15");
const TZ = "Asia/Shanghai";

/** A company with one application and `times.length` written tests (and link deadlines at `deadlines`), inserted at once. */
async function eventsAt(userId: string, name: string, times: Date[], deadlines: Date[] = []) {
  const { id: companyId } = await createCompany(userId, { name, tier: "A" });
  const { id: applicationId } = await startApplication(userId, { companyId, role: "算法" }, { timeZone: TZ });
  await db.stageEvent.createMany({
    data: times.map((scheduledAt, index) => ({ userId, applicationId, position: index + 10, stage: "WRITTEN_TEST" as const, scheduledAt, linkExpiresAt: deadlines[index] ?? null })),
  });
}

type TPlanNode = { "Relation Name"?: string; "Actual Rows": number; "Actual Loops": number; "Rows Removed by Filter"?: number; Plans?: TPlanNode[] };

/** Rows of StageEvent the calendar's query reads for the user (returned or filtered away), by EXPLAIN ANALYZE. */
async function stageEventRowsRead(userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: TPlanNode }] }[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${calendarRangeSql(userId, TZ, APRIL, ALL)}`);
  const plan = row!["QUERY PLAN"];
  const walk = (node: TPlanNode): number =>
    (node["Relation Name"] === "StageEvent" ? node["Actual Rows"] * node["Actual Loops"] + (node["Rows Removed by Filter"] ?? 0) : 0) + (node.Plans ?? []).reduce((sum, child) => sum + walk(child), 0);
  return walk(plan[0].Plan);
}

const hours = (count: number, from: string, stepHours: number) => Array.from({ length: count }, (_, index) => new Date(Date.parse(from) + index * stepHours * 3_600_000));

describe("calendar range", () => {
  it("reads the same StageEvent rows for a user with 3,000 events outside the view as for one without", async () => {
    const { id: small } = await createTestUser("少");
    const { id: large } = await createTestUser("多");
    // Ten events and five deadlines in April for each; the large user also has 3,000 before and after.
    const april = hours(10, "2099-04-03T11:00:00Z", 40);
    const deadlines = hours(5, "2099-04-05T04:00:00Z", 30);
    await eventsAt(small, "四月", april, deadlines);
    await eventsAt(large, "四月", april, deadlines);
    await eventsAt(large, "往年", hours(1_500, "2098-01-01T00:00:00Z", 5), hours(1_500, "2098-01-01T00:00:00Z", 5));
    await eventsAt(large, "明年", hours(1_500, "2100-01-01T00:00:00Z", 5), hours(1_500, "2100-01-01T00:00:00Z", 5));
    await db.$executeRaw`ANALYZE "StageEvent"`;

    const [a, b] = [await listCalendar(small, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, ALL), await listCalendar(large, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, ALL)];
    expect(a.entries).toHaveLength(15);
    expect(b.entries.map((entry) => [entry.kind, entry.start])).toEqual(a.entries.map((entry) => [entry.kind, entry.start]));
    expect(await stageEventRowsRead(small)).toBe(15);
    expect(await stageEventRowsRead(large)).toBe(15);
  });

  it(`shows ${CALENDAR_DAY_CAP} of a day's 5,000 events and counts the rest, at once`, async () => {
    const { id: userId } = await createTestUser("满");
    // 5,000 written tests on April 1st (Shanghai), a second apart from 08:00, and one on April 2nd.
    await eventsAt(userId, "海投", [...hours(5_000, "2099-04-01T00:00:00Z", 1 / 3600), new Date("2099-04-02T03:00:00Z")]);
    const started = performance.now();
    const { entries, more } = await listCalendar(userId, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, ALL);
    // Generous: the query and the clashes of the day's shown events, not of its 5,000.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(entries.filter((entry) => entry.start.startsWith("2099-04-01"))).toHaveLength(CALENDAR_DAY_CAP);
    expect(entries.filter((entry) => entry.start.startsWith("2099-04-02"))).toHaveLength(1);
    expect(entries[0]!.start).toBe("2099-04-01T08:00");
    expect(more).toEqual([{ day: "2099-04-01", count: 5_000 - CALENDAR_DAY_CAP }]);
    // The count is of what the filter keeps: no interview is left out.
    expect(await listCalendar(userId, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, { tiers: [], stages: ["INTERVIEW"] })).toEqual({ entries: [], more: [] });
    expect((await listCalendar(userId, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, { tiers: ["S"], stages: [] })).more).toEqual([]);
  });

  it("fills a filtered day with what the filter keeps, however many other events come first", async () => {
    const { id: userId } = await createTestUser("筛");
    await eventsAt(userId, "海投", hours(CALENDAR_DAY_CAP + 5, "2099-04-01T00:00:00Z", 1 / 60));
    const { id: companyId } = await createCompany(userId, { name: "心仪", tier: "S" });
    const { id: applicationId } = await startApplication(userId, { companyId, role: "算法" }, { timeZone: TZ });
    await db.stageEvent.createMany({
      data: hours(3, "2099-04-01T09:00:00Z", 1).map((scheduledAt, index) => ({ userId, applicationId, position: index + 10, stage: "INTERVIEW" as const, scheduledAt })),
    });

    const onlyS = await listCalendar(userId, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, { tiers: ["S"], stages: [] });
    expect(onlyS.entries.map((entry) => [entry.companyName, entry.start])).toEqual([
      ["心仪", "2099-04-01T17:00"],
      ["心仪", "2099-04-01T18:00"],
      ["心仪", "2099-04-01T19:00"],
    ]);
    expect(onlyS.more).toEqual([]);
    const all = await listCalendar(userId, TZ, DEFAULT_CALENDAR_SETTINGS, APRIL, ALL);
    expect(all.entries).toHaveLength(CALENDAR_DAY_CAP);
    expect(all.more).toEqual([{ day: "2099-04-01", count: 8 }]);
  });
});
