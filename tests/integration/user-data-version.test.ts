import { beforeAll, describe, expect, it } from "vitest";

import { readCompanyTable, readSets } from "@/lib/cache/page-reads";
import { db, transaction } from "@/lib/db";
import { archiveCompanies, createCompany, saveTablePreferences, setCompaniesTier } from "@/lib/services/companies";
import { linkSetToCompanies, unlinkSetFromCompanies } from "@/lib/services/prep-links";
import { createTask, deleteTask } from "@/lib/services/prep-tasks";
import { createSet, deleteSet } from "@/lib/services/questions";
import { DEFAULT_TABLE_PREFERENCES, ZCompanyTableQuery } from "@/lib/validation/companies";
import { createTestUser } from "@/tests/helpers/users";

// User."dataVersion" is bumped by triggers in the transaction of every write to the user's rows;
// the page reads are cached under it (lib/cache). Two users throughout.

async function version(userId: string): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT "dataVersion"::text AS v FROM "User" WHERE id = ${userId}`;
  return rows[0]!.v;
}

async function reader(userId: string) {
  return { id: userId, dataVersion: await version(userId), timeZone: "Asia/Shanghai" };
}

const query = ZCompanyTableQuery.parse({ sort: "name", dir: "asc" });

describe("User.dataVersion", () => {
  let owner: string;
  let other: string;
  let company: string;

  beforeAll(async () => {
    owner = (await createTestUser()).id;
    other = (await createTestUser()).id;
    company = (await createCompany(owner, { name: "版本测试公司", tier: "A" })).id;
  });

  /** Runs a write and returns how much each user's version moved. */
  async function moved(write: () => Promise<unknown>) {
    const [ownerBefore, otherBefore] = [BigInt(await version(owner)), BigInt(await version(other))];
    await write();
    return { owner: BigInt(await version(owner)) - ownerBefore, other: BigInt(await version(other)) - otherBefore };
  }

  it.each<[string, () => Promise<unknown>]>([
    ["a company created", () => createCompany(owner, { name: `新公司 ${Math.random()}`, tier: null })],
    ["a tier set", () => setCompaniesTier(owner, [company], "S")],
    ["a task added, then deleted", async () => deleteTask(owner, (await createTask(owner, { companyId: company, title: "复习", dueDate: null })).id)],
    ["a set created, linked, unlinked and deleted", async () => {
      const set = (await createSet(owner, { title: `题库 ${Math.random()}` })).id;
      await linkSetToCompanies(owner, { setId: set, ids: [company] });
      await unlinkSetFromCompanies(owner, { setId: set, ids: [company] });
      await deleteSet(owner, set);
    }],
    ["the user's own row (table preferences)", () => saveTablePreferences(owner, { ...DEFAULT_TABLE_PREFERENCES, density: "compact" })],
  ])("moves with %s, for the owner only", async (_, write) => {
    const delta = await moved(write);
    expect(delta.owner).toBeGreaterThan(0n);
    expect(delta.other).toBe(0n);
  });

  it("does not move for a write that changes no row", async () => {
    expect(await moved(() => archiveCompanies(owner, []))).toEqual({ owner: 0n, other: 0n });
    // Another user's id is refused as not found, and its transaction writes nothing.
    await expect(setCompaniesTier(other, [company], "C")).rejects.toThrow("NOT_FOUND");
    expect(await moved(() => setCompaniesTier(other, [company], "C").catch(() => undefined))).toEqual({ owner: 0n, other: 0n });
  });

  it("does not move when the write's transaction rolls back", async () => {
    const delta = await moved(() =>
      db
        .$transaction(async (tx) => {
          await tx.company.update({ where: { id: company }, data: { notes: "改了又撤回" } });
          throw new Error("rolled back");
        })
        .catch(() => undefined),
    );
    expect(delta).toEqual({ owner: 0n, other: 0n });
  });
});

describe("page reads cached per data version", () => {
  it("serve the same read until the user's data changes, then the new data", async () => {
    const owner = (await createTestUser()).id;
    await createCompany(owner, { name: "阿里巴巴", tier: null });
    const before = await reader(owner);
    const first = await readCompanyTable(before, query);
    expect(await readCompanyTable(before, query)).toBe(first);
    expect(first.rows.map((row) => row.name)).toEqual(["阿里巴巴"]);

    await createCompany(owner, { name: "腾讯", tier: null });
    const after = await reader(owner);
    expect(after.dataVersion).not.toBe(before.dataVersion);
    expect((await readCompanyTable(after, query)).rows.map((row) => row.name)).toEqual(["阿里巴巴", "腾讯"]);
  });

  it("never share a read between users", async () => {
    const [a, b] = [(await createTestUser()).id, (await createTestUser()).id];
    await createSet(a, { title: "只属于 A" });
    const [readerA, readerB] = [await reader(a), await reader(b)];
    expect((await readSets(readerA)).map((set) => set.title)).toEqual(["只属于 A"]);
    expect(await readSets({ ...readerB, dataVersion: readerA.dataVersion })).toEqual([]);
  });
});

describe("transaction()", () => {
  /** Sessions of the test database waiting for a lock, seen from outside both transactions. */
  async function lockWaits(): Promise<number> {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
    return row!.n;
  }

  it("queues a second write of the user before it touches any row, so crossing writes do not deadlock", async () => {
    const owner = (await createTestUser()).id;
    const a = (await createCompany(owner, { name: "北极星科技", tier: "A" })).id;
    const b = (await createCompany(owner, { name: "南山数据", tier: "A" })).id;
    const runs = { first: 0, second: 0 };
    let firstWrote: () => void = () => undefined;
    const firstWroteA = new Promise<void>((resolve) => (firstWrote = resolve));

    // The first writes A, then waits until the second is waiting for a lock, then writes B. The
    // second would write B: it waits on the user's row, not on B, so the first gets B freely.
    const first = transaction(owner, async (tx) => {
      runs.first += 1;
      await tx.company.update({ where: { id: a }, data: { notes: "先" } });
      firstWrote();
      await expect.poll(lockWaits, { interval: 10, timeout: 2_000 }).toBeGreaterThan(0);
      await tx.company.update({ where: { id: b }, data: { notes: "先" } });
    });
    await firstWroteA;
    const second = transaction(owner, async (tx) => {
      runs.second += 1;
      await tx.company.update({ where: { id: b }, data: { notes: "后" } });
    });
    await Promise.all([first, second]);

    expect(runs).toEqual({ first: 1, second: 1 });
    const notes = await db.company.findMany({ where: { id: { in: [a, b] } }, select: { id: true, notes: true } });
    const noteOf = (id: string) => notes.find((company) => company.id === id)?.notes;
    expect(noteOf(a)).toBe("先");
    expect(noteOf(b)).toBe("后");
  });
});
