// The bench's server: a throw-away PostgreSQL seeded with campus-season-sized data, the
// production build served as `npm start` serves it (heap limit included; its output in
// bench-results/server.log), signed in as the bench user. Removed again when the run ends.
import { openSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { parseEnv } from "@/lib/env-schema.js";
import { runMigrations } from "@/lib/migrations/run";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { spawnNextBuild, spawnNextServer } from "@/lib/server/next-process";
import { findFreePort } from "@/lib/server/port";

import { BENCH_COMPANIES, BENCH_EMAIL, BENCH_PASSWORD, seedBenchData } from "./seed";
import { signInForCookie } from "./session";

export type TBenchServer = { baseUrl: string; cookie: string; serverPid: number; databaseUrl: string; dataDir: string; distDir: string };

/** Resident memory of a process in MB. */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** Runs `bench` against a freshly seeded database and production server. */
export async function withBenchServer(bench: (server: TBenchServer) => Promise<void>, options: { trackPlanning?: boolean } = {}): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-bench-"));
  const dataDir = path.join(dir, "pg");
  const database = await startEmbeddedPostgres({
    dataDir,
    database: "offerboard_bench",
    settings: [
      "shared_preload_libraries=pg_stat_statements",
      "pg_stat_statements.track=all",
      // Planning statistics cost a little under load: only the per-statement profile turns them on.
      `pg_stat_statements.track_planning=${options.trackPlanning ? "on" : "off"}`,
    ],
  });
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url, NEXT_DIST_DIR: distDir, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    await runMigrations(database.url);
    const seedStart = performance.now();
    await seedBenchData(database.url);
    console.log(`seeded ${BENCH_COMPANIES} companies / ${3 * BENCH_COMPANIES} applications / ${10 * BENCH_COMPANIES} events / 5,000 questions in ${Math.round(performance.now() - seedStart)} ms`);
    if (process.env.BENCH_REUSE_BUILD !== "1") {
      const build = spawnNextBuild(env);
      if ((await new Promise((resolve) => build.on("exit", resolve))) !== 0) throw new Error("next build failed");
    }
    // The server's error log, to read what went wrong behind an error the run counted.
    await mkdir("bench-results", { recursive: true });
    const log = openSync("bench-results/server.log", "w");
    const server = spawnNextServer({ mode: "start", port, heapMb: parseEnv(env).SERVER_HEAP_MB, env, stdio: ["ignore", log, log] });
    try {
      for (let i = 0; i < 200 && !(await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const cookie = await signInForCookie(baseUrl, BENCH_EMAIL, BENCH_PASSWORD);
      await bench({ baseUrl, cookie, serverPid: server.pid!, databaseUrl: database.url, dataDir, distDir });
    } finally {
      server.kill("SIGTERM");
    }
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
