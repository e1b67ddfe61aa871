// `npm run bench`: seeds one user with campus-season-sized data into a throw-away PostgreSQL,
// serves the production build and loads each scenario with 20 keep-alive clients: first HTML
// loads, client navigations (RSC requests captured from Chromium) and a mixed read/write session.
// Reports p50/p95, throughput relative to the baseline page (measured next to each scenario), SQL
// statements and CPU time per request (server and PostgreSQL) and server RSS.
// READ_CACHE=off runs the server without the per-user read cache; BENCH_COMPANIES sizes the seed.
// `npm run bench -- --load`: the mixed load run instead (scripts/bench/mixed-load.ts);
// `npm run bench -- --statements`: each key page's statements, one request at a time (statements.ts).
import { mkdir, writeFile } from "node:fs/promises";

import pg from "pg";

import { clusterCpuMs, processCpuMs } from "./cpu";
import { getting, runLoad, type TSend } from "./load";
import { runMixedLoad } from "./mixed-load";
import { readActionIds } from "./mixed-requests";
import { mixedSession } from "./mixed-scenario";
import { captureNavigations } from "./navigations";
import { runStatements } from "./statements";
import { NAVIGATION_FROM, SCENARIOS, type TScenario } from "./scenarios";
import { rssMb, withBenchServer, type TBenchServer } from "./server";

const CONCURRENCY = 20;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;

async function statements(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ calls: string }>(
    `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0]?.calls ?? 0);
}

/** How each scenario's requests are sent: a page, its client navigation, or the mixed session. */
async function sendersOf(server: TBenchServer, scenarios: TScenario[]): Promise<Map<TScenario, TSend>> {
  const { baseUrl, cookie } = server;
  const navigationPaths = SCENARIOS.filter((s) => s.kind === "navigation").map((s) => s.path);
  const needsNavigations = scenarios.some((s) => s.kind === "navigation" || s.kind === "mixed");
  const navigations = needsNavigations ? await captureNavigations(baseUrl, cookie, NAVIGATION_FROM, navigationPaths) : new Map();
  const senders = new Map<TScenario, TSend>();
  for (const scenario of scenarios) {
    if (scenario.kind === "mixed") {
      const moveActionId = (await readActionIds(server.distDir)).moveApplicationAction;
      senders.set(scenario, await mixedSession({ ...server, moveActionId, navigations: [...navigations.values()], clients: CONCURRENCY }));
    } else if (scenario.kind === "revalidate") {
      const url = new URL(scenario.path, baseUrl);
      const etag = (await fetch(url)).headers.get("etag") ?? "";
      senders.set(scenario, getting(url, cookie, { status: scenario.status, headers: { "if-none-match": etag } }));
    } else if (scenario.kind === "navigation") {
      const { url, headers } = navigations.get(scenario.path)!;
      senders.set(scenario, getting(new URL(url, baseUrl), cookie, { headers, type: "text/x-component" }));
    } else {
      senders.set(scenario, getting(new URL(scenario.path, baseUrl), cookie, { status: scenario.status }));
    }
  }
  return senders;
}

/** The key pages one at a time, each beside the baseline, with SQL and CPU per request. */
async function runScenarios(server: TBenchServer) {
  const { serverPid, databaseUrl, dataDir } = server;
  const stats = new pg.Client({ connectionString: databaseUrl });
  await stats.connect();
  await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const rows = [];
  let peakRss = 0;
  try {
    // BENCH_ONLY=companies loads the baseline and the scenarios whose name or path matches.
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    const chosen = SCENARIOS.filter((s, index) => index === 0 || !only || only.test(s.name) || only.test(s.path));
    const senders = await sendersOf(server, chosen);
    const baselineScenario = chosen[0]!;
    const load = (scenario: TScenario, durationMs: number) => runLoad({ concurrency: CONCURRENCY, durationMs, send: senders.get(scenario)! });
    // The machine is shared, so its speed drifts during a run: each scenario is compared with
    // the baseline measured just before and just after it.
    const baselineRps = async () => (await load(baselineScenario, DURATION_MS / 2)).rps;
    for (const scenario of chosen) {
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
  } finally {
    await stats.end();
  }
  const cache = process.env.READ_CACHE === "off" ? "off" : "on";
  console.table(rows);
  console.log(`read cache ${cache}; server RSS after load: ${peakRss} MB (${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per scenario)`);
  await mkdir("bench-results", { recursive: true });
  await writeFile(`bench-results/latest-cache-${cache}.json`, JSON.stringify({ at: new Date().toISOString(), cache, rows, peakRssMb: peakRss }, null, 2));
}

const statementsMode = process.argv.includes("--statements");
const bench = statementsMode ? runStatements : process.argv.includes("--load") ? runMixedLoad : runScenarios;
withBenchServer(bench, { trackPlanning: statementsMode }).catch((error) => {
  console.error(error);
  process.exit(1);
});
