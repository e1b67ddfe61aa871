import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { migrationChecksum, planMigrations, sortMigrations } from "@/lib/migrations/plan";

const file = (name: string, sql = `-- ${name}\nSELECT 1;`) => ({ name, sql });
const applied = (name: string, sql: string, finished = true) => ({
  migration_name: name,
  checksum: migrationChecksum(sql),
  finished_at: finished ? new Date() : null,
  rolled_back_at: null,
});

describe("migration plan", () => {
  it("uses Prisma's checksum: sha256 of the file in hex", () => {
    const sql = "CREATE TABLE x ();\n";
    expect(migrationChecksum(sql)).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(migrationChecksum(sql)).toHaveLength(64);
  });

  it("orders by folder name (timestamp prefix)", () => {
    const sorted = sortMigrations([file("20261201000000_b"), file("20261129000000_a"), file("20261130000000_c")]);
    expect(sorted.map((f) => f.name)).toEqual(["20261129000000_a", "20261130000000_c", "20261201000000_b"]);
  });

  it("applies only what is not recorded, in order", () => {
    const a = file("20261129000000_a");
    const b = file("20261130000000_b");
    const c = file("20261201000000_c");
    const plan = planMigrations([c, a, b], [applied(a.name, a.sql)]);
    expect(plan.ok && plan.pending.map((m) => m.name)).toEqual([b.name, c.name]);
    expect(plan.ok && plan.pending[0]?.checksum).toBe(migrationChecksum(b.sql));
  });

  it("reports an edited migration without re-applying it", () => {
    const a = file("20261129000000_a");
    const plan = planMigrations([{ ...a, sql: `${a.sql}\n-- edited` }], [applied(a.name, a.sql)]);
    expect(plan).toEqual({ ok: true, pending: [], changed: [a.name] });
  });

  it("stops at a migration that started and never finished", () => {
    const a = file("20261129000000_a");
    const plan = planMigrations([a], [applied(a.name, a.sql, false)]);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toMatch(/20261129000000_a started but did not finish/);
  });

  it("re-applies a migration whose row was rolled back", () => {
    const a = file("20261129000000_a");
    const plan = planMigrations([a], [{ ...applied(a.name, a.sql, false), rolled_back_at: new Date() }]);
    expect(plan.ok && plan.pending.map((m) => m.name)).toEqual([a.name]);
  });
});
