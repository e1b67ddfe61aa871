import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";
import { describe, expect, it } from "vitest";

import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { findFreePort } from "@/lib/server/port";
import { DEMO_EMAIL } from "@/lib/services/demo-data";

const exec = promisify(execFile);

/** `npm start`'s script; with no production build in NEXT_DIST_DIR, Next exits right after the database is ready. */
async function npmStart(env: Record<string, string>) {
  const result = await exec(process.execPath, ["--import", "tsx", "scripts/run-app.ts", "start"], {
    env: { ...process.env, NEXT_DIST_DIR: ".next-missing-build", ...env },
    timeout: 90_000,
  }).catch((error: { stdout: string; stderr: string }) => error);
  return `${result.stdout}\n${result.stderr}`;
}

async function demoAccounts(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "User" WHERE email = $1`, [DEMO_EMAIL]);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe("npm start", () => {
  it("never creates the demo account on the embedded database", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "offerboard-start-"));
    const output = await npmStart({ DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(await findFreePort()) });
    expect(output).toContain("embedded PostgreSQL");
    expect(output).not.toContain(DEMO_EMAIL);
    const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), database: "offerboard" });
    try {
      expect(await demoAccounts(database.url)).toBe(0);
    } finally {
      await database.stop();
    }
  }, 120_000);

  it("never creates the demo account on a given database", async () => {
    const url = process.env.DATABASE_URL!;
    const output = await npmStart({ DATABASE_URL: url, NEXTAUTH_SECRET: "start-test-secret-start-test-secret-01", PORT: String(await findFreePort()) });
    expect(output).not.toContain(DEMO_EMAIL);
    expect(await demoAccounts(url)).toBe(0);
  }, 120_000);
});
