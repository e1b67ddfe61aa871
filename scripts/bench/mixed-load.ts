// `npm run bench -- --load`: 50 signed-in clients (each its own session of the bench user) for
// 60 s (LOAD_SECONDS, LOAD_CLIENTS), each mixing page views, filters, stage moves, prep ticks and
// imports back to back. Reports errors and p50/p95/p99 per route, deadlocks, the app's PostgreSQL
// connections sampled every second (peak against max_connections and the app's pool size) and
// server RSS before, right after and 10 s after the load.
import { mkdir, writeFile } from "node:fs/promises";

import pg from "pg";

import { POOL_LIMITS } from "@/lib/db";

import { readActionIds, REQUEST_KINDS, type TClient, type TRequestKind } from "./mixed-requests";
import { rssMb, type TBenchServer } from "./server";
import { signInForCookie } from "./session";
import { BENCH_EMAIL, BENCH_PASSWORD } from "./seed";

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 60) * 1000;
const WARM_UP_MS = 10_000;

type TRouteStats = { latencies: number[]; errors: number; details: Set<string> };

/** A small deterministic generator per client (mulberry32), so runs mix the same way. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function choose(client: TClient): TRequestKind {
  const total = REQUEST_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  let roll = client.random() * total;
  for (const kind of REQUEST_KINDS) {
    roll -= kind.weight;
    if (roll < 0) return kind;
  }
  return REQUEST_KINDS.at(-1)!;
}

async function drive(clients: TClient[], durationMs: number, stats: Map<string, TRouteStats>): Promise<void> {
  const deadline = performance.now() + durationMs;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        const kind = choose(client);
        const entry = stats.get(kind.route) ?? { latencies: [], errors: 0, details: new Set<string>() };
        stats.set(kind.route, entry);
        const start = performance.now();
        const outcome = await kind.send(client).catch((error: Error) => ({ ok: false, detail: error.message }));
        entry.latencies.push(performance.now() - start);
        if (!outcome.ok) {
          entry.errors++;
          if (entry.details.size < 3 && outcome.detail) entry.details.add(outcome.detail);
        }
      }
    }),
  );
}

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

export async function runMixedLoad({ baseUrl, serverPid, databaseUrl, distDir }: TBenchServer): Promise<void> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const actions = await readActionIds(distDir);
  const clients: TClient[] = [];
  for (let index = 0; index < CLIENTS; index++) {
    clients.push({ index, baseUrl, cookie: await signInForCookie(baseUrl, BENCH_EMAIL, BENCH_PASSWORD), db, random: generator(index + 1), actions });
  }
  const deadlocks = async () => Number((await db.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`)).rows[0].deadlocks);
  const maxConnections = Number((await db.query("SHOW max_connections")).rows[0].max_connections);

  await drive(clients, WARM_UP_MS, new Map());
  const rssBefore = await rssMb(serverPid);
  const deadlocksBefore = await deadlocks();
  const samples: { connections: number; active: number; waitingOnLocks: number; rss: number }[] = [];
  const sampler = setInterval(() => {
    void db
      .query<{ connections: number; active: number; waiting: number }>(
        `SELECT count(*)::int AS connections, count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting
         FROM pg_stat_activity WHERE application_name = 'offerboard'`,
      )
      .then(async ({ rows }) => samples.push({ connections: rows[0]!.connections, active: rows[0]!.active, waitingOnLocks: rows[0]!.waiting, rss: await rssMb(serverPid) }));
  }, 1000);
  const stats = new Map<string, TRouteStats>();
  const started = performance.now();
  await drive(clients, DURATION_MS, stats);
  const elapsedS = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const rssAfter = await rssMb(serverPid);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const rssSettled = await rssMb(serverPid);
  const newDeadlocks = (await deadlocks()) - deadlocksBefore;
  await db.end();

  const rows = [...stats].map(([route, { latencies, errors }]) => {
    const sorted = latencies.sort((a, b) => a - b);
    return { route, requests: sorted.length, errors, "req/s": +(sorted.length / elapsedS).toFixed(1), p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
  });
  const all = rows.reduce((sum, row) => ({ requests: sum.requests + row.requests, errors: sum.errors + row.errors }), { requests: 0, errors: 0 });
  const peak = (key: keyof (typeof samples)[number]) => Math.max(0, ...samples.map((sample) => sample[key]));
  const summary = {
    clients: CLIENTS,
    seconds: Math.round(elapsedS),
    ...all,
    "req/s": Math.round(all.requests / elapsedS),
    deadlocks: newDeadlocks,
    "peak PostgreSQL client connections": `${peak("connections")} (app pool ${POOL_LIMITS.max}, max_connections ${maxConnections})`,
    "peak active / waiting on locks": `${peak("active")} / ${peak("waitingOnLocks")}`,
    "server RSS MB (before, peak, right after, 10 s later)": `${rssBefore}, ${peak("rss")}, ${rssAfter}, ${rssSettled}`,
  };
  console.table(rows);
  console.table(summary);
  for (const [route, { details }] of stats) if (details.size) console.log(`${route} errors, e.g.: ${[...details].join(" | ")}`);
  await mkdir("bench-results", { recursive: true });
  await writeFile("bench-results/load.json", JSON.stringify({ at: new Date().toISOString(), rows, summary, samples }, null, 2));
}
