// `npm run bench`: seeds one user with campus-season-sized data into a throw-away PostgreSQL,
// serves the production build and loads each scenario with 20 keep-alive clients. Reports
// p50/p95, throughput relative to the baseline page (measured next to each scenario), SQL
// statements and CPU time per request (server and PostgreSQL) and server RSS.
// `npm run bench -- --load`: the mixed load run instead (scripts/bench/mixed-load.ts).
import { mkdir, writeFile } from "node:fs/promises";

import pg from "pg";

import { clusterCpuMs, processCpuMs } from "./cpu";
import { runLoad } from "./load";
import { runMixedLoad } from "./mixed-load";
import { SCENARIOS, type TScenario } from "./scenarios";
import { rssMb, withBenchServer, type TBenchServer } from "./server";

const CONCURRENCY = 20;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;

async function statements(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ calls: string }>(
    `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0]?.calls ?? 0);
}

/** The key pages one at a time, each beside the baseline, with SQL and CPU per request. */
async function runScenarios({ baseUrl, cookie, serverPid, databaseUrl, dataDir }: TBenchServer) {
  const stats = new pg.Client({ connectionString: databaseUrl });
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
    const [sql, serverCpu, databaseCpu] = [await statements(stats), await processCpuMs(serverPid), await clusterCpuMs(dataDir)];
    const result = await load(scenario, DURATION_MS);
    const perRequest = (value: number) => (value / result.requests).toFixed(2);
    const cpu = { server: (await processCpuMs(serverPid)) - serverCpu, database: (await clusterCpuMs(dataDir)) - databaseCpu };
    const sqlCount = (await statements(stats)) - sql;
    const neighbours = isBaseline ? result.rps : (before + (await baselineRps())) / 2;
    peakRss = Math.max(peakRss, await rssMb(serverPid));
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
}

withBenchServer(process.argv.includes("--load") ? runMixedLoad : runScenarios).catch((error) => {
  console.error(error);
  process.exit(1);
});
