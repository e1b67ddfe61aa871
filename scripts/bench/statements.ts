// `npm run bench -- --statements`: where each key page's PostgreSQL time goes. Every page is
// requested one at a time (no contention), then pg_stat_statements gives each statement's calls,
// planning and execution time per request. Run it with READ_CACHE=off to see the uncached reads.
import http from "node:http";

import pg from "pg";

import { clusterCpuMs } from "./cpu";
import { request } from "./load";
import { SCENARIOS } from "./scenarios";
import type { TBenchServer } from "./server";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const WARM_UP = 10;

type TStatement = { query: string; calls: string; plan: string; exec: string; rows: string };

export async function runStatements({ baseUrl, cookie, databaseUrl, dataDir }: TBenchServer): Promise<void> {
  const stats = new pg.Client({ connectionString: databaseUrl });
  await stats.connect();
  await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  const pages = SCENARIOS.filter((s) => s.kind === "page" && (!only || only.test(s.name) || only.test(s.path)));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const summary = [];
  try {
    for (const page of pages) {
      const url = new URL(page.path, baseUrl);
      const get = async () => {
        const reply = await request(agent, url, { headers: { cookie } });
        if (reply.status !== (page.status ?? 200)) throw new Error(`${page.path} answered ${reply.status}`);
      };
      for (let i = 0; i < WARM_UP; i++) await get();
      await stats.query("SELECT pg_stat_statements_reset()");
      const cpuBefore = await clusterCpuMs(dataDir);
      for (let i = 0; i < REQUESTS; i++) await get();
      const cpu = (await clusterCpuMs(dataDir)) - cpuBefore;
      const { rows } = await stats.query<TStatement>(
        `SELECT query, calls, total_plan_time AS plan, total_exec_time AS exec, rows FROM pg_stat_statements
         WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_plan_time + total_exec_time DESC`,
      );
      const per = (value: string | number) => Number(value) / REQUESTS;
      const plan = rows.reduce((sum, row) => sum + per(row.plan), 0);
      const exec = rows.reduce((sum, row) => sum + per(row.exec), 0);
      summary.push({
        page: page.path,
        "SQL/request": rows.reduce((sum, row) => sum + per(row.calls), 0).toFixed(1),
        "plan ms": plan.toFixed(2),
        "exec ms": exec.toFixed(2),
        "db CPU ms": (cpu / REQUESTS).toFixed(2),
      });
      console.log(`\n${page.path}: per request, the statements by planning + execution time`);
      console.table(
        rows.slice(0, 8).map((row) => ({
          calls: per(row.calls).toFixed(1),
          "plan ms": per(row.plan).toFixed(3),
          "exec ms": per(row.exec).toFixed(3),
          rows: per(row.rows).toFixed(0),
          query: row.query.replace(/\s+/g, " ").slice(0, 110),
        })),
      );
    }
  } finally {
    agent.destroy();
    await stats.end();
  }
  console.log(`\nper request, ${REQUESTS} requests one at a time, read cache ${process.env.READ_CACHE === "off" ? "off" : "on"}:`);
  console.table(summary);
}
