// Fault and load tests run the production build (built by the e2e setup) against a PostgreSQL of
// their own, so they can stop, freeze or kill either side without touching other tests.
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { hashPassword } from "@/lib/auth/password";
import { parseEnv } from "@/lib/env-schema.js";
import { runMigrations } from "@/lib/migrations/run";
import { startEmbeddedPostgres, type TEmbeddedDatabase } from "@/lib/server/embedded-postgres";
import { spawnNextServer } from "@/lib/server/next-process";
import { findFreePort } from "@/lib/server/port";

const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const DATABASE = "offerboard_faults";

export type TScratchDatabase = {
  url: string;
  dataDir: string;
  /** SIGSTOP (true) or SIGCONT (false) to the postmaster and every backend: a hung server. */
  freeze: (frozen: boolean) => Promise<void>;
  /** Stops the server (it goes away) or starts it again on the same port with the same data. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  teardown: () => Promise<void>;
};

/** The postmaster's pid and its children's (the backends and background workers). */
async function clusterPids(dataDir: string): Promise<number[]> {
  const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  const children: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

/** A migrated, throw-away PostgreSQL on a free port. */
export async function startScratchDatabase(): Promise<TScratchDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-faults-"));
  const dataDir = path.join(dir, "pg");
  const port = await findFreePort();
  let server: TEmbeddedDatabase | null = await startEmbeddedPostgres({ dataDir, database: DATABASE, port });
  const url = server.url;
  await runMigrations(url);
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  return {
    url,
    dataDir,
    freeze: async (frozen) => {
      for (const pid of await clusterPids(dataDir)) process.kill(pid, frozen ? "SIGSTOP" : "SIGCONT");
    },
    stop,
    start: async () => {
      server = await startEmbeddedPostgres({ dataDir, database: DATABASE, port });
    },
    teardown: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A user with a password, written straight into the database. */
export async function insertUser(databaseUrl: string, email: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const id = `u-${email.replace(/[^a-z0-9]/giu, "-")}`;
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Fault', $3, now())`, [id, email, await hashPassword(password)]);
    return id;
  } finally {
    await client.end();
  }
}

export type TApp = { baseUrl: string; process: ChildProcess; output: string[]; stop: () => Promise<void> };

/** `next start` of the e2e build on a free port against `databaseUrl`, once /api/health answers. */
export async function startApp(databaseUrl: string): Promise<TApp> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "faults-secret-faults-secret-faults-secret",
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawnNextServer({ mode: "start", port, heapMb: parseEnv(env).SERVER_HEAP_MB, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start did not become healthy:\n${output.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    process: child,
    output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
