import { execFile } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { findFreePort } from "@/lib/server/port";

const exec = promisify(execFile);

/** Runs a project script and returns its exit code and output; never throws. */
async function script(file: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ["--import", "tsx", file], {
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

function expectCleanFailure(result: { code: number; stderr: string }, message: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at .*\(/); // no stack trace
}

describe("start-up with bad configuration", () => {
  it("names an invalid DATABASE_URL", async () => {
    const result = await script("scripts/db-migrate.ts", { DATABASE_URL: "mysql://localhost/offerboard" });
    expectCleanFailure(result, /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it("says which server it could not reach", async () => {
    const port = await findFreePort();
    const result = await script("scripts/db-migrate.ts", { DATABASE_URL: `postgresql://x:y@127.0.0.1:${port}/nothing` });
    expectCleanFailure(result, new RegExp(`Cannot connect to PostgreSQL at 127.0.0.1:${port}/nothing`));
  });

  it("refuses a port that is in use before touching the database", async () => {
    const server = net.createServer().listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as net.AddressInfo).port;
    const result = await script("scripts/run-app.ts", { PORT: String(port), DATABASE_URL: process.env.DATABASE_URL! });
    server.close();
    expectCleanFailure(result, new RegExp(`Port ${port} is already in use`));
  });

  it("refuses an embedded data dir made by another PostgreSQL major version", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "offerboard-old-"));
    await mkdir(path.join(dataDir, "pg"));
    await writeFile(path.join(dataDir, "pg", "PG_VERSION"), "15\n");
    const result = await script("scripts/db-migrate.ts", { DATABASE_URL: "", DATA_DIR: dataDir });
    expectCleanFailure(result, /made by PostgreSQL 15, but the embedded server is PostgreSQL 18/);
  });

  it("starts an embedded database when DATABASE_URL is unset, keeping its data across runs", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "offerboard-embedded-"));
    const first = await script("scripts/db-seed.ts", { DATABASE_URL: "", DATA_DIR: dataDir });
    expect(first.stdout).toContain("demo account created: demo@offerboard.dev");
    const second = await script("scripts/db-seed.ts", { DATABASE_URL: "", DATA_DIR: dataDir });
    expect(second.stdout).toContain("demo account already exists");
  }, 120_000);
});
