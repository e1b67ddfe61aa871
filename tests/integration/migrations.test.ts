import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { migrationChecksum } from "@/lib/migrations/plan";
import { readMigrationFiles, runMigrations } from "@/lib/migrations/run";

// Each case runs in a database of its own on the run's server.
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
let counter = 0;

async function freshDatabase(): Promise<string> {
  const name = `migrations_${process.pid}_${++counter}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

beforeAll(() => admin.connect());
afterAll(() => admin.end());

describe("runMigrations", () => {
  it("records every project migration in _prisma_migrations as Prisma does", async () => {
    const url = await freshDatabase();
    const applied = await runMigrations(url);
    const files = await readMigrationFiles();
    expect(applied).toEqual(files.map((f) => f.name).sort());
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      files.map((f) => [f.name, migrationChecksum(f.sql), 1]).sort(),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(await runMigrations(url)).toEqual([]);
  });

  it("lets only one of two concurrent runners apply each migration", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({
      "20260101000000_one": "CREATE TABLE one (id int); SELECT pg_sleep(0.3);",
      "20260102000000_two": "CREATE TABLE two (id int);",
    });
    const [first, second] = await Promise.all([runMigrations(url, { dir }), runMigrations(url, { dir })]);
    expect([...first, ...second].sort()).toEqual(["20260101000000_one", "20260102000000_two"]);
    const rows = await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(rows[0]?.count).toBe("2");
  });

  it("rolls back a failing migration entirely and records nothing for it", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({
      "20260101000000_ok": "CREATE TABLE ok (id int);",
      "20260102000000_bad": "CREATE TABLE half (id int); SELECT * FROM missing_table;",
    });
    await expect(runMigrations(url, { dir })).rejects.toThrow(/20260102000000_bad failed and was rolled back/);
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "ok"]);
    const names = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((n) => n.migration_name)).toEqual(["20260101000000_ok"]);
  });
});
