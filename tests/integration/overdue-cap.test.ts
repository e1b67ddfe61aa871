import { describe, expect, it } from "vitest";

import { COUNT_CAP } from "@/lib/capped-count";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { moveApplication, startApplication } from "@/lib/services/applications";
import { archiveCompanies, createCompany } from "@/lib/services/companies";
import { getDashboard } from "@/lib/services/dashboard";
import { countOverdueEvents } from "@/lib/services/overdue-events";
import { createTestUser } from "@/tests/helpers/users";

// The 仪表盘 badge, 需要更新 and this week's count stop counting past COUNT_CAP: a user with
// 20,000 events waiting for a result costs what one with a hundred does, and the counts below
// the cap stay exact, with closed applications and archived companies left out as before.

const ZONE = "Asia/Shanghai";
/** Saturday 2099-04-04 10:00 in Shanghai. */
const NOW = new Date("2099-04-04T02:00:00Z");
const HOUR = 3_600_000;

/**
 * A company with one application holding `count` pending 面试 an hour apart from `from` (back in
 * time when `step` < 0); past `perApplication`, further applications of the company hold as many
 * each, as a user's spread over many applications do.
 */
async function pendingEvents(userId: string, name: string, count: number, from: Date, step: number, perApplication = 20) {
  const { id: companyId } = await createCompany(userId, { name, tier: "A" });
  const app = await startApplication(userId, { companyId, role: "算法" }, { timeZone: ZONE });
  const more = await db.application.createManyAndReturn({
    data: Array.from({ length: Math.ceil(count / perApplication) - 1 }, (_, index) => ({ userId, companyId, role: `岗位${index}`, stage: "INTERVIEW" as const })),
    select: { id: true },
  });
  const applications = [app.id, ...more.map((row) => row.id)];
  await db.stageEvent.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      userId,
      applicationId: applications[Math.floor(index / perApplication)]!,
      position: index + 10,
      stage: "INTERVIEW" as const,
      scheduledAt: new Date(from.getTime() + (index + 1) * step * HOUR),
    })),
  });
  return { companyId, app };
}

type TPlanNode = { "Relation Name"?: string; "Actual Rows": number; "Actual Loops": number; "Rows Removed by Filter"?: number; Plans?: TPlanNode[] };

/** Rows of StageEvent the badge's count reads (returned or filtered away), by EXPLAIN ANALYZE. */
async function badgeRowsRead(userId: string): Promise<number> {
  let read = 0;
  const original = db.$queryRaw.bind(db);
  const spy = async (sql: Prisma.Sql) => {
    const [row] = await db.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: TPlanNode }] }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`, ...sql.values);
    const walk = (node: TPlanNode): number =>
      (node["Relation Name"] === "StageEvent" ? node["Actual Rows"] * node["Actual Loops"] + (node["Rows Removed by Filter"] ?? 0) : 0) + (node.Plans ?? []).reduce((sum, child) => sum + walk(child), 0);
    read = walk(row!["QUERY PLAN"][0].Plan);
    return original(sql);
  };
  Object.assign(db, { $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => spy(Prisma.sql(strings, ...values)) });
  try {
    await countOverdueEvents(userId, NOW);
  } finally {
    Object.assign(db, { $queryRaw: original });
  }
  return read;
}

describe("counts shown at a glance stop at the cap", () => {
  it("counts 20,000 overdue events as more than the cap, reading no more rows than a hundred cost", async () => {
    const { id: many } = await createTestUser("很多");
    const { id: some } = await createTestUser("一些");
    await pendingEvents(many, "海投", 20_000, NOW, -1);
    await pendingEvents(some, "海投", COUNT_CAP + 1, NOW, -1);
    // The statistics autovacuum keeps in a running database.
    await db.$executeRaw`ANALYZE "StageEvent", "Application", "Company"`;

    expect(await countOverdueEvents(many, NOW)).toBe(COUNT_CAP + 1);
    expect(await countOverdueEvents(some, NOW)).toBe(COUNT_CAP + 1);
    // About the cap's worth of rows (before the cap, all 20,000); at least the rows counted, so the plan was read.
    for (const userId of [many, some]) {
      const read = await badgeRowsRead(userId);
      expect(read).toBeGreaterThanOrEqual(COUNT_CAP + 1);
      expect(read).toBeLessThan(2 * (COUNT_CAP + 1));
    }

    const dashboard = await getDashboard(many, ZONE, NOW);
    expect(dashboard.overdue.count).toBe(COUNT_CAP + 1);
    expect(dashboard.overdue.events).toHaveLength(20);
    // The oldest first, as before.
    expect(dashboard.overdue.events[0]!.scheduledAt).toEqual(new Date(NOW.getTime() - 20_000 * HOUR));
  });

  it("counts exactly up to the cap, past the newer events of closed applications and archived companies", async () => {
    const { id: userId } = await createTestUser();
    await pendingEvents(userId, "还在等", COUNT_CAP, new Date(NOW.getTime() - 300 * HOUR), -1);
    // 200 newer events waiting on an application since rejected, and 200 at an archived company.
    const rejected = await pendingEvents(userId, "已挂", 200, NOW, -1, 200);
    await moveApplication(userId, { applicationId: rejected.app.id, version: rejected.app.version, command: { type: "markRejected" } }, { timeZone: ZONE });
    const archived = await pendingEvents(userId, "已归档", 200, NOW, -1, 200);
    await archiveCompanies(userId, [archived.companyId]);

    expect(await countOverdueEvents(userId, NOW)).toBe(COUNT_CAP);
    expect((await getDashboard(userId, ZONE, NOW)).overdue.count).toBe(COUNT_CAP);
  });

  it("counts this week's events up to the cap", async () => {
    const { id: userId } = await createTestUser();
    // 150 interviews an hour apart from now: all within the next 7 days (168 hours).
    await pendingEvents(userId, "本周", 150, NOW, 1);
    expect((await getDashboard(userId, ZONE, NOW)).eventsThisWeek).toBe(COUNT_CAP + 1);
    const { id: fewer } = await createTestUser();
    await pendingEvents(fewer, "本周", 12, NOW, 1);
    expect((await getDashboard(fewer, ZONE, NOW)).eventsThisWeek).toBe(12);
  });
});
