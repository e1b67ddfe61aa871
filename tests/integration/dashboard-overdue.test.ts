import { describe, expect, it } from "vitest";

import { undoApplicationChange } from "@/lib/services/application-undo";
import { moveApplication, startApplication, updateStageEvent } from "@/lib/services/applications";
import { archiveCompanies, createCompany } from "@/lib/services/companies";
import { listCompanyTable } from "@/lib/services/companies-table";
import { getDashboard } from "@/lib/services/dashboard";
import { countOverdueEvents } from "@/lib/services/overdue-events";
import type { TMoveCommandInput } from "@/lib/validation/applications";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { advance } from "@/tests/helpers/applications";
import { createTestUser } from "@/tests/helpers/users";

// 需要更新 (events past with no result, with 通过 / 挂 / 改期 through the version-checked
// moves), "this week" as the next 7 days of pending events on the dashboard and in the
// companies table, and the tier portfolio agreeing with the companies table's filters.

const ZONE = "Asia/Shanghai";
const TZ = { timeZone: ZONE };
/** Saturday 2099-04-04 10:00 in Shanghai (2099-03-30 is a Monday). */
const SATURDAY = new Date("2099-04-04T02:00:00Z");

type TTier = "S" | "A" | "B" | "C" | null;

/** A company with one application walked through `commands`; returns both and the last event's id. */
async function track(userId: string, name: string, tier: TTier, commands: TMoveCommandInput[]) {
  const { id: companyId } = await createCompany(userId, { name, tier });
  if (commands.length === 0) return { companyId, app: null };
  let app = await startApplication(userId, { companyId, role: "算法" }, TZ);
  for (const command of commands) app = await moveApplication(userId, { applicationId: app.id, version: app.version, command }, TZ);
  return { companyId, app };
}

const tableNames = async (userId: string, params: Record<string, string>) =>
  (await listCompanyTable(userId, ZCompanyTableQuery.parse({ sort: "name", dir: "asc", ...params }), { now: SATURDAY })).rows
    .map((row) => row.name)
    .sort();

describe("this week: the next 7 days from now, pending events only", () => {
  it("counts Monday's interview on Saturday and leaves out closed and past events, on the dashboard and in the table", async () => {
    const { id: userId } = await createTestUser();
    await track(userId, "周一面试", "A", [advance("APPLIED"), advance("INTERVIEW", "2099-04-06T10:00")]);
    const passed = await track(userId, "已通过", "B", [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-05T19:00")]);
    const event = passed.app!.events.at(-1)!;
    await moveApplication(userId, { applicationId: passed.app!.id, version: passed.app!.version, command: { type: "recordResult", eventId: event.id, result: "PASSED" } }, TZ);
    await track(userId, "八天后", "B", [advance("APPLIED"), advance("INTERVIEW", "2099-04-11T10:01")]);
    await track(userId, "昨天", "C", [advance("APPLIED"), advance("INTERVIEW", "2099-04-03T10:00")]);

    const data = await getDashboard(userId, ZONE, SATURDAY);
    expect(data.eventsThisWeek).toBe(1);
    expect(await tableNames(userId, { week: "1" })).toEqual(["周一面试"]);
  });
});

describe("需要更新", () => {
  it("lists events past with no result, records 通过 with undo, 改期 moves one out, and counts for the navigation", async () => {
    const { id: userId } = await createTestUser();
    const { id: other } = await createTestUser();
    const written = await track(userId, "字节跳动", "A", [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-01T19:00")]);
    const interview = await track(userId, "美团", "B", [advance("APPLIED"), advance("INTERVIEW", "2099-04-03T10:00")]);
    await track(userId, "京东", "B", [advance("APPLIED"), advance("INTERVIEW", "2099-04-02T10:00"), { type: "markRejected" }]);
    await track(userId, "华为", "C", [advance("APPLIED"), advance("INTERVIEW", "2099-04-05T10:00")]);
    const archived = await track(userId, "网易", "S", [advance("APPLIED"), advance("INTERVIEW", "2099-04-02T10:00")]);
    await archiveCompanies(userId, [archived.companyId]);
    await track(other, "别人的", "A", [advance("APPLIED"), advance("INTERVIEW", "2099-04-02T10:00")]);

    const data = await getDashboard(userId, ZONE, SATURDAY);
    expect(data.overdue.count).toBe(2);
    expect(data.overdue.events.map((row) => [row.companyName, row.stage, row.version])).toEqual([
      ["字节跳动", "WRITTEN_TEST", written.app!.version],
      ["美团", "INTERVIEW", interview.app!.version],
    ]);
    expect(data.overdue.events[0]!.scheduledAt).toEqual(new Date("2099-04-01T11:00:00Z"));
    expect(await countOverdueEvents(userId, SATURDAY)).toBe(2);
    expect(await countOverdueEvents(other, SATURDAY)).toBe(1);

    // 通过: the move the row sends, at the version it was listed with.
    const row = data.overdue.events[0]!;
    const ref = { applicationId: row.applicationId, version: row.version };
    const moved = await moveApplication(userId, { ...ref, command: { type: "recordResult", eventId: row.id, result: "PASSED" } }, { ...TZ, now: SATURDAY });
    expect(moved.undo).toEqual(expect.any(String));
    expect((await getDashboard(userId, ZONE, SATURDAY)).overdue.events.map((e) => e.companyName)).toEqual(["美团"]);
    // A second click from the stale list is refused, changing nothing.
    await expect(moveApplication(userId, { ...ref, command: { type: "recordResult", eventId: row.id, result: "FAILED" } }, TZ)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    await undoApplicationChange(userId, moved.undo!, { now: SATURDAY });
    expect(await countOverdueEvents(userId, SATURDAY)).toBe(2);

    // 改期 to Monday 15:00 in the user's zone: out of 需要更新, into this week.
    const late = (await getDashboard(userId, ZONE, SATURDAY)).overdue.events[1]!;
    await updateStageEvent(
      userId,
      { applicationId: late.applicationId, version: late.version, eventId: late.id, label: late.label, scheduledAt: "2099-04-06T15:00", notes: late.notes, link: late.link ?? "", linkExpiresAt: null },
      { ...TZ, now: SATURDAY },
    );
    const after = await getDashboard(userId, ZONE, SATURDAY);
    expect(after.overdue.events.map((e) => e.companyName)).toEqual(["字节跳动"]);
    expect(after.upcoming.find((e) => e.companyName === "美团")?.scheduledAt).toEqual(new Date("2099-04-06T07:00:00Z"));

    // 挂 on the last step rejects the application: it leaves 需要更新 and the active count.
    const last = after.overdue.events[0]!;
    await moveApplication(userId, { applicationId: last.applicationId, version: last.version, command: { type: "recordResult", eventId: last.id, result: "FAILED" } }, TZ);
    const final = await getDashboard(userId, ZONE, SATURDAY);
    expect(final.overdue).toEqual({ count: 0, events: [] });
    expect(final.rejected).toBe(2);
  });
});

describe("tier funnel and portfolio", () => {
  it("splits the funnel by tier and agrees with the companies table's filters, warning when every active application is S/A", async () => {
    const { id: userId } = await createTestUser();
    await track(userId, "腾讯", "S", [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-06T19:00")]);
    await track(userId, "阿里巴巴", "S", [advance("APPLIED"), advance("WRITTEN_TEST"), { type: "markRejected" }]);
    await track(userId, "百度", "A", [advance("APPLIED")]);
    await track(userId, "小米", "A", []);
    await track(userId, "拼多多", "B", [advance("APPLIED"), { type: "markRejected" }]);
    await track(userId, "滴滴", "B", [advance("APPLIED"), advance("WRITTEN_TEST"), advance("INTERVIEW"), { type: "markOffer" }]);
    await track(userId, "蔚来", null, []);

    const data = await getDashboard(userId, ZONE, SATURDAY);
    expect(data.portfolio.allTop).toBe(true);
    expect(data.portfolio.lines).toEqual([
      { tier: "S", untouched: 0, active: 1, offer: 0, rejected: 1 },
      { tier: "A", untouched: 1, active: 1, offer: 0, rejected: 0 },
      { tier: "B", untouched: 0, active: 0, offer: 1, rejected: 1 },
      { tier: "NONE", untouched: 1, active: 0, offer: 0, rejected: 0 },
    ]);
    for (const line of data.portfolio.lines) {
      const tier = { tier: line.tier };
      expect((await tableNames(userId, { ...tier, stage: "TO_APPLY" })).length).toBe(line.untouched);
      expect((await tableNames(userId, { ...tier, outcome: "ACTIVE", stage: "APPLIED,ASSESSMENT,WRITTEN_TEST,INTERVIEW" })).length).toBe(line.active);
      expect((await tableNames(userId, { ...tier, outcome: "OFFER" })).length).toBe(line.offer);
      expect((await tableNames(userId, { ...tier, outcome: "REJECTED" })).length).toBe(line.rejected);
    }
    const b = data.tierFunnels.find((funnel) => funnel.tier === "B")!;
    expect(b.steps.map((step) => [step.stage, step.reached, step.rejected])).toEqual([
      ["APPLIED", 2, 1],
      ["ASSESSMENT", 1, 0],
      ["WRITTEN_TEST", 1, 0],
      ["INTERVIEW", 1, 0],
      ["OFFER", 1, 0],
    ]);
    expect(data.tierFunnels.map((funnel) => funnel.tier)).toEqual(["S", "A", "B"]);
    // The tiers' funnels add up to the whole one.
    expect(data.funnel.map((step) => step.reached)).toEqual(
      data.funnel.map((_, index) => data.tierFunnels.reduce((sum, funnel) => sum + funnel.steps[index]!.reached, 0)),
    );

    // A B-tier application in progress lifts the warning.
    await track(userId, "快手", "B", [advance("APPLIED")]);
    expect((await getDashboard(userId, ZONE, SATURDAY)).portfolio.allTop).toBe(false);
  });
});
