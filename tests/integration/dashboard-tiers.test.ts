import { describe, expect, it } from "vitest";

import { STAGE_ORDER, stageIndex } from "@/lib/applications/stages";
import { Stage } from "@/lib/generated/prisma/enums";
import { moveApplication, startApplication } from "@/lib/services/applications";
import { archiveCompanies, createCompany } from "@/lib/services/companies";
import { listCompanyTable } from "@/lib/services/companies-table";
import { getDashboard } from "@/lib/services/dashboard";
import { applyImport } from "@/lib/services/import";
import type { TMoveCommandInput } from "@/lib/validation/applications";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { advance } from "@/tests/helpers/applications";
import { createTestUser } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

// The dashboard's tier charts and the companies table count the same companies: for a user
// seeded from the real notes (and the cases they lack), each tier's funnel and portfolio line equal the companies table
// filtered by that tier and the stage or outcome the chart counts.

const NOW = new Date("2026-12-05T02:00:00Z");
const TZ = { timeZone: "Asia/Shanghai" };

async function walk(userId: string, start: Awaited<ReturnType<typeof startApplication>>, commands: TMoveCommandInput[]) {
  let app = start;
  for (const command of commands) app = await moveApplication(userId, { applicationId: app.id, version: app.version, command }, TZ);
}

/** A company with one application walked through `commands`. */
async function track(userId: string, name: string, tier: "S" | "A" | "B", commands: TMoveCommandInput[]) {
  const { id: companyId } = await createCompany(userId, { name, tier });
  await walk(userId, await startApplication(userId, { companyId, role: "算法" }, TZ), commands);
  return companyId;
}


/** How many companies the companies table lists for these filters (every page). */
async function tableCount(userId: string, params: Record<string, string>) {
  const query = ZCompanyTableQuery.parse({ sort: "name", dir: "asc", size: "100", ...params });
  const { rows, total } = await listCompanyTable(userId, query, { now: NOW });
  expect(rows.length).toBe(Math.min(total, 100));
  return total;
}

/** The stages from `stage` on: the table's filter for "reached this step". */
const fromStage = (stage: Stage) => STAGE_ORDER.filter((later) => stageIndex(later) >= stageIndex(stage)).join(",");

describe("the tier charts agree with the companies table", { timeout: 120_000 }, () => {
  it("for a user seeded from the real notes and the cases they lack, per tier and per stage or outcome", async () => {
    const user = await createTestUser();
    expect((await applyImport(user.id, notesInput(fixtureText()))).applied).toBe(true);
    // What the notes do not hold: an offer, an application given up (放弃), a second application
    // after a rejection (复活甲) and an archived company.
    await track(user.id, "图表offer", "B", [advance("APPLIED"), advance("INTERVIEW"), { type: "markOffer" }]);
    await track(user.id, "图表放弃", "S", [advance("APPLIED"), advance("ASSESSMENT"), { type: "withdraw" }]);
    const revived = await track(user.id, "图表复活甲", "A", [advance("APPLIED"), advance("WRITTEN_TEST"), { type: "markRejected" }]);
    await walk(user.id, await startApplication(user.id, { companyId: revived, role: "算法", useRevival: true }, TZ), [advance("APPLIED"), advance("INTERVIEW")]);
    await archiveCompanies(user.id, [await track(user.id, "图表归档", "S", [advance("APPLIED"), advance("INTERVIEW")])]);
    const data = await getDashboard(user.id, "Asia/Shanghai", NOW);

    // Several tiers, applications that reached 面试 and offer, 挂 at several steps.
    expect(data.tierFunnels.length).toBeGreaterThanOrEqual(3);
    expect(data.funnel.find((step) => step.stage === Stage.OFFER)!.reached).toBeGreaterThan(0);
    expect(data.funnel.filter((step) => step.rejected > 0).length).toBeGreaterThanOrEqual(2);

    // The funnel counts applications and the table companies (by their latest application): they
    // differ only by the revived company's first application, 挂 at 笔试 after 投递 and 测评.
    const earlier = (tier: string, stage: Stage) =>
      tier === "A" && stageIndex(stage) <= stageIndex(Stage.WRITTEN_TEST) ? { reached: 1, rejected: stage === Stage.WRITTEN_TEST ? 1 : 0 } : { reached: 0, rejected: 0 };
    for (const { tier, steps } of data.tierFunnels) {
      for (const step of steps) {
        const where = `${tier} ${step.stage}`;
        const before = earlier(tier, step.stage);
        expect(await tableCount(user.id, { tier, stage: fromStage(step.stage) }), where).toBe(step.reached - before.reached);
        expect(await tableCount(user.id, { tier, stage: step.stage, outcome: "REJECTED" }), where).toBe(step.rejected - before.rejected);
      }
    }
    for (const line of data.portfolio.lines) {
      const tier = { tier: line.tier };
      expect(await tableCount(user.id, { ...tier, stage: "TO_APPLY" }), line.tier).toBe(line.untouched);
      expect(await tableCount(user.id, { ...tier, outcome: "ACTIVE", stage: fromStage(Stage.APPLIED) }), line.tier).toBe(line.active);
      expect(await tableCount(user.id, { ...tier, outcome: "OFFER" }), line.tier).toBe(line.offer);
      expect(await tableCount(user.id, { ...tier, outcome: "REJECTED" }), line.tier).toBe(line.rejected);
    }
    // Every tier with companies has its line, and the lines cover every company but the one given up.
    expect(data.portfolio.lines.map((line) => line.tier)).toEqual(Object.entries(data.companies.byTier).filter(([, n]) => n > 0).map(([tier]) => tier));
    expect(await tableCount(user.id, { outcome: "WITHDRAWN" })).toBe(1);
    const lines = data.portfolio.lines.reduce((sum, line) => sum + line.untouched + line.active + line.offer + line.rejected, 0);
    expect(lines + 1).toBe(data.companies.total);
  });
});
