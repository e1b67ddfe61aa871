// `npm run bench`: seeds one user with campus-season-sized data into a throw-away PostgreSQL,
// serves the production build and loads each scenario with 20 keep-alive clients. Reports
// p50/p95, throughput relative to the baseline page (measured next to each scenario), SQL
// statements and CPU time per request (server and PostgreSQL) and server RSS.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { parseEnv } from "@/lib/env-schema.js";
import { runMigrations } from "@/lib/migrations/run";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { spawnNextBuild, spawnNextServer } from "@/lib/server/next-process";
import { findFreePort } from "@/lib/server/port";

import { clusterCpuMs, processCpuMs } from "./cpu";
import { runLoad } from "./load";
import { SCENARIOS, type TScenario } from "./scenarios";
import { BENCH_EMAIL, BENCH_PASSWORD, seedBenchData } from "./seed";
import { signInForCookie } from "./session";

const CONCURRENCY = 20;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function statements(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ calls: string }>(
    `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0]?.calls ?? 0);
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-bench-"));
  const dataDir = path.join(dir, "pg");
  const database = await startEmbeddedPostgres({
    dataDir,
    database: "offerboard_bench",
    settings: ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"],
  });
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url, NEXT_DIST_DIR: process.env.BENCH_DIST_DIR ?? ".next-bench", NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    await runMigrations(database.url);
    const seedStart = performance.now();
    await seedBenchData(database.url);
    console.log(`seeded 1,000 companies / 3,000 applications / 10,000 events / 5,000 questions in ${Math.round(performance.now() - seedStart)} ms`);
    if (process.env.BENCH_REUSE_BUILD !== "1") {
      const build = spawnNextBuild(env);
      if ((await new Promise((resolve) => build.on("exit", resolve))) !== 0) throw new Error("next build failed");
    }
    // The server runs as `npm start` runs it, heap limit included.
    const server = spawnNextServer({ mode: "start", port, heapMb: parseEnv(env).SERVER_HEAP_MB, env, stdio: "ignore" });
    try {
      for (let i = 0; i < 200 && !(await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const cookie = await signInForCookie(baseUrl, BENCH_EMAIL, BENCH_PASSWORD);
      const stats = new pg.Client({ connectionString: database.url });
      await stats.connect();
      await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      const rows = [];
      let peakRss = 0;
      // BENCH_ONLY=companies loads the baseline and the scenarios whose name or path matches.
      const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
      const [baselineScenario, ...scenarios] = SCENARIOS.filter((s, index) => index === 0 || !only || only.test(s.name) || only.test(s.path));
      const load = (scenario: TScenario, durationMs: number) =>
        runLoad({ url: `${baseUrl}${scenario.path}`, cookie, concurrency: CONCURRENCY, durationMs, expectStatus: scenario.status });
      // The machine is shared, so its speed drifts during a run: each scenario is compared with
      // the baseline measured just before and just after it.
      const baselineRps = async () => (await load(baselineScenario!, DURATION_MS / 2)).rps;
      for (const scenario of [baselineScenario!, ...scenarios]) {
        await load(scenario, 1500);
        const isBaseline = scenario === baselineScenario;
        const before = isBaseline ? 0 : await baselineRps();
        const [sql, serverCpu, databaseCpu] = [await statements(stats), await processCpuMs(server.pid!), await clusterCpuMs(dataDir)];
        const result = await load(scenario, DURATION_MS);
        const perRequest = (value: number) => (value / result.requests).toFixed(2);
        const cpu = { server: (await processCpuMs(server.pid!)) - serverCpu, database: (await clusterCpuMs(dataDir)) - databaseCpu };
        const sqlCount = (await statements(stats)) - sql;
        const neighbours = isBaseline ? result.rps : (before + (await baselineRps())) / 2;
        peakRss = Math.max(peakRss, await rssMb(server.pid!));
        rows.push({
          scenario: scenario.name,
          ...result,
          "vs baseline": `${Math.round((100 * result.rps) / neighbours)}%`,
          "SQL/request": perRequest(sqlCount),
          "server ms/req": perRequest(cpu.server),
          "db ms/req": perRequest(cpu.database),
        });
      }
      await stats.end();
      console.table(rows);
      console.log(`server RSS after load: ${peakRss} MB (${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per scenario)`);
      await mkdir("bench-results", { recursive: true });
      await writeFile("bench-results/latest.json", JSON.stringify({ at: new Date().toISOString(), rows, peakRssMb: peakRss }, null, 2));
    } finally {
      server.kill("SIGTERM");
    }
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
