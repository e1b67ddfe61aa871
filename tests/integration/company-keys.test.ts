import { Readable } from "node:stream";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { moveApplication, startApplication, updateStageEvent } from "@/lib/services/applications";
import { archiveCompanies, createCompany, restoreCompanies, setCompaniesTier } from "@/lib/services/companies";
import { exportBackup } from "@/lib/services/export-backup";
import { applyImport } from "@/lib/services/import";
import { restoreBackup } from "@/lib/services/restore";
import { deleteAccount } from "@/lib/services/users";
import type { TMoveCommandInput } from "@/lib/validation/applications";
import { unlessRefused } from "@/tests/helpers/refusals";
import { createTestUser, TEST_PASSWORD } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

// Company."latestStage", "latestOutcome" and "latestChangedAt" (what the companies table sorts
// and filters on), the ApplicationCount and CompanyCount rows (the board's and the dashboard's
// counts) and StageEvent.live (what the badge counts) must equal what the applications say after
// any sequence of writes: here random sequences through the services, and an import of the real
// notes, each compared with a recomputation from scratch.

const context = { timeZone: "Asia/Shanghai" };

/** The keys as stored, and as recomputed here from every application of the user. */
async function storedAndRecomputed(userId: string) {
  const companies = await db.company.findMany({
    where: { userId },
    select: { id: true, latestStage: true, latestOutcome: true, latestChangedAt: true },
    orderBy: { id: "asc" },
  });
  const applications = await db.application.findMany({ where: { userId }, select: { companyId: true, stage: true, outcome: true, updatedAt: true, createdAt: true, id: true } });
  const recomputed = companies.map((company) => {
    const latest = applications
      .filter((application) => application.companyId === company.id)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))[0];
    return { id: company.id, latestStage: latest?.stage ?? null, latestOutcome: latest?.outcome ?? null, latestChangedAt: latest?.updatedAt ?? null };
  });
  return { stored: companies, recomputed };
}

/** ApplicationCount as kept (zeros left out), and as recomputed from the applications of companies not archived. */
async function countsStoredAndRecomputed(userId: string) {
  const key = (row: { tier: string; stage: string; outcome: string }) => `${row.tier} ${row.stage} ${row.outcome}`;
  const kept = await db.applicationCount.findMany({ where: { userId, n: { not: 0 } } });
  const applications = await db.application.findMany({ where: { userId, company: { archivedAt: null } }, select: { stage: true, outcome: true, company: { select: { tier: true } } } });
  const recomputed = new Map<string, number>();
  for (const application of applications) {
    const k = key({ tier: application.company.tier ?? "NONE", stage: application.stage, outcome: application.outcome });
    recomputed.set(k, (recomputed.get(k) ?? 0) + 1);
  }
  return { stored: Object.fromEntries(kept.map((row) => [key(row), row.n])), recomputed: Object.fromEntries(recomputed) };
}

/** CompanyCount as kept (zeros left out), and as recomputed from the companies not archived. */
async function companyCountsStoredAndRecomputed(userId: string) {
  const key = (tier: string | null, stage: string | null, outcome: string | null) => `${tier ?? "NONE"} ${stage ?? "NONE"} ${outcome ?? "NONE"}`;
  const kept = await db.companyCount.findMany({ where: { userId, n: { not: 0 } } });
  const companies = await db.company.findMany({ where: { userId, archivedAt: null }, select: { tier: true, latestStage: true, latestOutcome: true } });
  const recomputed = new Map<string, number>();
  for (const company of companies) {
    const k = key(company.tier, company.latestStage, company.latestOutcome);
    recomputed.set(k, (recomputed.get(k) ?? 0) + 1);
  }
  return { stored: Object.fromEntries(kept.map((row) => [key(row.tier, row.stage, row.outcome), row.n])), recomputed: Object.fromEntries(recomputed) };
}

/** The user's events kept as live, and those whose application is active and company not archived. */
async function liveStoredAndRecomputed(userId: string) {
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const stored = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "StageEvent" WHERE "userId" = ${userId} AND live ORDER BY id`;
  const recomputed = await db.stageEvent.findMany({
    where: { userId, application: { outcome: "ACTIVE", company: { archivedAt: null } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return { stored: ids(stored), recomputed: ids(recomputed) };
}

const COMMANDS: fc.Arbitrary<TMoveCommandInput>[] = [
  fc.constantFrom("APPLIED", "ASSESSMENT", "WRITTEN_TEST", "INTERVIEW", "OFFER").map((stage) => ({ type: "advance" as const, stage, scheduledAt: "2026-04-01T19:00" })),
  fc.constant({ type: "markOffer" as const }),
  fc.constant({ type: "markRejected" as const }),
  fc.constant({ type: "withdraw" as const }),
  fc.constant({ type: "reopen" as const }),
];

type TOp =
  | { kind: "company" }
  | { kind: "start"; company: number; role: string; revival: boolean; command: TMoveCommandInput | null }
  | { kind: "move"; application: number; command: TMoveCommandInput }
  | { kind: "event"; application: number; result: "PASSED" | "FAILED" | "PENDING"; edit: boolean }
  | { kind: "tier"; company: number; tier: "S" | "B" | null }
  | { kind: "archive" | "restore"; company: number };

const op: fc.Arbitrary<TOp> = fc.oneof(
  fc.constant({ kind: "company" as const }),
  fc.record({ kind: fc.constant("start" as const), company: fc.nat(5), role: fc.constantFrom("", "算法", "后端"), revival: fc.boolean(), command: fc.option(fc.oneof(...COMMANDS)) }),
  fc.record({ kind: fc.constant("move" as const), application: fc.nat(20), command: fc.oneof(...COMMANDS) }),
  fc.record({ kind: fc.constant("event" as const), application: fc.nat(20), result: fc.constantFrom("PASSED" as const, "FAILED" as const, "PENDING" as const), edit: fc.boolean() }),
  fc.record({ kind: fc.constant("tier" as const), company: fc.nat(5), tier: fc.constantFrom("S" as const, "B" as const, null) }),
  fc.record({ kind: fc.constantFrom("archive" as const, "restore" as const), company: fc.nat(5) }),
);

/** Runs one operation; a refusal by the stage machine or a version check is part of the game. */
/** Runs one step through the services; true when a write landed (not skipped, not refused). */
async function run(userId: string, step: TOp, companies: string[]): Promise<boolean> {
  const applications = await db.application.findMany({
    where: { userId },
    select: { id: true, version: true, events: { select: { id: true }, orderBy: { position: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
  const pickApplication = (index: number) => applications[index % Math.max(1, applications.length)];
  return unlessRefused(async () => {
    if (step.kind === "company") {
      companies.push((await createCompany(userId, { name: `公司${companies.length}-${Math.random()}`, tier: "A" })).id);
      return true;
    } else if ((step.kind === "tier" || step.kind === "archive" || step.kind === "restore") && companies.length > 0) {
      const ids = [companies[step.company % companies.length]!];
      if (step.kind === "tier") await setCompaniesTier(userId, ids, step.tier);
      else if (step.kind === "archive") await archiveCompanies(userId, ids);
      else await restoreCompanies(userId, ids);
      return true;
    } else if (step.kind === "start" && companies.length > 0) {
      const companyId = companies[step.company % companies.length]!;
      await startApplication(userId, { companyId, role: step.role, useRevival: step.revival, command: step.command ?? undefined }, context);
      return true;
    } else if (step.kind === "move" && pickApplication(step.application)) {
      const application = pickApplication(step.application)!;
      await moveApplication(userId, { applicationId: application.id, version: application.version, command: step.command }, context);
      return true;
    } else if (step.kind === "event" && pickApplication(step.application)?.events.length) {
      const application = pickApplication(step.application)!;
      const eventId = application.events.at(-1)!.id;
      if (step.edit) {
        await updateStageEvent(userId, { applicationId: application.id, version: application.version, eventId, label: "二面", scheduledAt: "2026-05-02T10:00", notes: "", link: "", linkExpiresAt: null }, context);
      } else {
        await moveApplication(userId, { applicationId: application.id, version: application.version, command: { type: "recordResult", eventId, result: step.result } }, context);
      }
      return true;
    }
    return false;
  });
}

describe("the list keys kept on Company, in ApplicationCount and CompanyCount, and on StageEvent", { timeout: 300_000 }, () => {
  it("equal a recomputation from the applications after random sequences of writes", async () => {
    const user = await createTestUser("键");
    const companies: string[] = [];
    let writes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (steps) => {
        for (const step of steps) if (await run(user.id, step, companies)) writes += 1;
        const { stored, recomputed } = await storedAndRecomputed(user.id);
        expect(stored).toEqual(recomputed);
        const counts = await countsStoredAndRecomputed(user.id);
        expect(counts.stored).toEqual(counts.recomputed);
        const companyCounts = await companyCountsStoredAndRecomputed(user.id);
        expect(companyCounts.stored).toEqual(companyCounts.recomputed);
        const live = await liveStoredAndRecomputed(user.id);
        expect(live.stored).toEqual(live.recomputed);
      }),
      { numRuns: 25, seed: 20261205 },
    );
    // The sequences did write (not only skip or get refused), and reached applications in several states.
    expect(writes).toBeGreaterThan(100);
    const states = await db.application.groupBy({ by: ["outcome"], where: { userId: user.id }, _count: true });
    expect(states.length).toBeGreaterThan(1);
  });

  it("equal a recomputation after an import of the real notes", async () => {
    const user = await createTestUser("导入键");
    await applyImport(user.id, notesInput(fixtureText()));
    const { stored, recomputed } = await storedAndRecomputed(user.id);
    expect(stored.length).toBeGreaterThan(10);
    expect(stored.filter((company) => company.latestStage !== null).length).toBeGreaterThan(5);
    expect(stored).toEqual(recomputed);
    const counts = await countsStoredAndRecomputed(user.id);
    expect(Object.keys(counts.stored).length).toBeGreaterThan(3);
    expect(counts.stored).toEqual(counts.recomputed);
    const companyCounts = await companyCountsStoredAndRecomputed(user.id);
    expect(Object.keys(companyCounts.stored).length).toBeGreaterThan(3);
    expect(companyCounts.stored).toEqual(companyCounts.recomputed);
    const live = await liveStoredAndRecomputed(user.id);
    expect(live.stored.length).toBeGreaterThan(0);
    expect(live.stored.length).toBeLessThan(await db.stageEvent.count({ where: { userId: user.id } }));
    expect(live.stored).toEqual(live.recomputed);
  });

  it("leave the counts right when companies and their applications are deleted, archived or not", async () => {
    const user = await createTestUser("删除键");
    await applyImport(user.id, notesInput(fixtureText()));
    const withApplications = await db.company.findMany({ where: { userId: user.id, applications: { some: {} } }, select: { id: true }, orderBy: { id: "asc" } });
    await archiveCompanies(user.id, [withApplications[0]!.id]);
    await db.company.deleteMany({ where: { id: { in: withApplications.slice(0, 3).map((company) => company.id) } } });
    await db.application.deleteMany({ where: { companyId: withApplications[3]!.id } });
    const counts = await countsStoredAndRecomputed(user.id);
    expect(counts.stored).toEqual(counts.recomputed);
    const companyCounts = await companyCountsStoredAndRecomputed(user.id);
    expect(companyCounts.stored).toEqual(companyCounts.recomputed);
  });

  it("are rebuilt by a restore through the same triggers, and leave with the account", async () => {
    const user = await createTestUser("恢复键");
    await applyImport(user.id, notesInput(fixtureText()));
    const withApplications = await db.company.findMany({ where: { userId: user.id, applications: { some: {} } }, select: { id: true }, orderBy: { id: "asc" }, take: 2 });
    await archiveCompanies(user.id, [withApplications[0]!.id]);
    await setCompaniesTier(user.id, [withApplications[1]!.id], "S");
    const before = await companyCountsStoredAndRecomputed(user.id);
    const backup = await new Response(await exportBackup(user.id)).text();
    await db.company.deleteMany({ where: { userId: user.id } });
    await db.questionSet.deleteMany({ where: { userId: user.id } });
    await db.importRun.deleteMany({ where: { userId: user.id } });
    expect(await db.companyCount.aggregate({ where: { userId: user.id }, _sum: { n: true } })).toEqual({ _sum: { n: 0 } });

    await restoreBackup(user.id, Readable.from([backup]));
    const after = await companyCountsStoredAndRecomputed(user.id);
    expect(after.stored).toEqual(after.recomputed);
    expect(after.stored).toEqual(before.stored);
    const counts = await countsStoredAndRecomputed(user.id);
    expect(counts.stored).toEqual(counts.recomputed);
    const live = await liveStoredAndRecomputed(user.id);
    expect(live.recomputed.length).toBeGreaterThan(0);
    expect(live.stored).toEqual(live.recomputed);

    await deleteAccount(user, TEST_PASSWORD, null);
    expect(await db.companyCount.count({ where: { userId: user.id } })).toBe(0);
  });
});
