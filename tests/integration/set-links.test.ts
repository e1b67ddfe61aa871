import { Readable } from "node:stream";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createCompany } from "@/lib/services/companies";
import { exportBackup } from "@/lib/services/export-backup";
import { applyImport } from "@/lib/services/import";
import { bulkLinkByTier, linkSet, linkSetToCompanies, setSetCompanies, unlinkSet, unlinkSetFromCompanies } from "@/lib/services/prep-links";
import { createSet, deleteSet } from "@/lib/services/questions";
import { restoreBackup } from "@/lib/services/restore";
import { deleteAccount } from "@/lib/services/users";
import { unlessRefused } from "@/tests/helpers/refusals";
import { createTestUser, TEST_PASSWORD } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

// "SetCount"."linked" (the set list's "linked to N companies") must equal the set's links after
// any sequence of writes: random links and unlinks through every service that makes them,
// companies and sets deleted with their links, an import of the real notes and a restore.

async function keptAndRecounted(userId: string) {
  const kept = await db.setCount.findMany({ where: { userId }, select: { setId: true, linked: true }, orderBy: { setId: "asc" } });
  const links = await db.companySet.groupBy({ by: ["setId"], where: { userId }, _count: true });
  const recounted = new Map(links.map((row) => [row.setId, row._count]));
  return { kept, recounted: kept.map(({ setId }) => ({ setId, linked: recounted.get(setId) ?? 0 })) };
}

type TOp =
  | { kind: "company" }
  | { kind: "set" }
  | { kind: "link" | "unlink"; company: number; set: number }
  | { kind: "many" | "unlinkMany" | "replace"; set: number; companies: number[] }
  | { kind: "tier"; set: number }
  | { kind: "dropCompany"; company: number }
  | { kind: "dropSet"; set: number };

const op: fc.Arbitrary<TOp> = fc.oneof(
  fc.constant({ kind: "company" as const }),
  fc.constant({ kind: "set" as const }),
  fc.record({ kind: fc.constantFrom("link" as const, "unlink" as const), company: fc.nat(9), set: fc.nat(4) }),
  fc.record({ kind: fc.constantFrom("many" as const, "unlinkMany" as const, "replace" as const), set: fc.nat(4), companies: fc.array(fc.nat(9), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant("tier" as const), set: fc.nat(4) }),
  fc.record({ kind: fc.constant("dropCompany" as const), company: fc.nat(9) }),
  fc.record({ kind: fc.constant("dropSet" as const), set: fc.nat(4) }),
);

/** Runs one step; true when a write landed (not skipped, not refused). */
async function run(userId: string, step: TOp): Promise<boolean> {
  const companies = (await db.company.findMany({ where: { userId }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const sets = (await db.questionSet.findMany({ where: { userId }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const pick = (ids: string[], index: number) => ids[index % Math.max(1, ids.length)];
  return unlessRefused(async () => {
    if (step.kind === "company") await createCompany(userId, { name: `公司${companies.length}-${Math.random()}`, tier: companies.length % 2 === 0 ? "S" : "B" });
    else if (step.kind === "set") await createSet(userId, { title: `题集${sets.length}` });
    else if (step.kind === "dropCompany") {
      const companyId = pick(companies, step.company);
      if (!companyId) return false;
      await db.company.delete({ where: { id: companyId } });
    } else {
      const setId = pick(sets, step.set);
      if (!setId) return false;
      if (step.kind === "dropSet") await deleteSet(userId, setId);
      else if (step.kind === "tier") await bulkLinkByTier(userId, { setId, tiers: ["S"] });
      else if ("companies" in step) {
        const ids = [...new Set(step.companies.map((index) => pick(companies, index)).filter((id) => id !== undefined))];
        if (step.kind === "replace") await setSetCompanies(userId, { setId, companyIds: ids });
        else if (ids.length === 0) return false;
        else await (step.kind === "many" ? linkSetToCompanies : unlinkSetFromCompanies)(userId, { setId, ids });
      } else {
        const companyId = pick(companies, step.company);
        if (!companyId) return false;
        await (step.kind === "link" ? linkSet : unlinkSet)(userId, { companyId, setId });
      }
    }
    return true;
  });
}

describe("the links counted per set (SetCount.linked)", { timeout: 300_000 }, () => {
  it("equal a recount after random links, unlinks and deletions", async () => {
    const user = await createTestUser("链");
    const landed = new Map<string, number>();
    let most = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 20 }), async (steps) => {
        for (const step of steps) if (await run(user.id, step)) landed.set(step.kind, (landed.get(step.kind) ?? 0) + 1);
        const { kept, recounted } = await keptAndRecounted(user.id);
        expect(kept).toEqual(recounted);
        most = Math.max(most, ...kept.map((row) => row.linked));
      }),
      { numRuns: 30, seed: 20261208 },
    );
    expect([...landed.keys()].sort()).toEqual(["company", "dropCompany", "dropSet", "link", "many", "replace", "set", "tier", "unlink", "unlinkMany"]);
    expect(most).toBeGreaterThanOrEqual(2);
  });

  it("equal a recount after an import of the real notes and after a restore", async () => {
    const user = await createTestUser("链导入");
    await applyImport(user.id, notesInput(fixtureText()));
    const set = await createSet(user.id, { title: "全部 S" });
    await bulkLinkByTier(user.id, { setId: set.id, tiers: ["S", "A"] });
    const before = await keptAndRecounted(user.id);
    expect(before.kept).toEqual(before.recounted);
    expect(before.kept.find((row) => row.setId === set.id)!.linked).toBeGreaterThan(0);

    const backup = await new Response(await exportBackup(user.id)).text();
    await db.company.deleteMany({ where: { userId: user.id } });
    await db.questionSet.deleteMany({ where: { userId: user.id } });
    await db.importRun.deleteMany({ where: { userId: user.id } });
    await restoreBackup(user.id, Readable.from([backup]));
    const after = await keptAndRecounted(user.id);
    expect(after.kept).toEqual(after.recounted);
    expect(after.kept).toEqual(before.kept);
  });

  it("leave with the account, a set linked to several companies included", async () => {
    const user = await createTestUser("链删号");
    const set = await createSet(user.id, { title: "要删的" });
    for (const name of ["甲", "乙", "丙"]) await linkSet(user.id, { companyId: (await createCompany(user.id, { name, tier: "A" })).id, setId: set.id });
    expect(await db.setCount.findUnique({ where: { setId: set.id }, select: { linked: true } })).toEqual({ linked: 3 });
    await deleteAccount(user, TEST_PASSWORD, null);
    expect(await db.setCount.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.companySet.count({ where: { userId: user.id } })).toBe(0);
  });
});
