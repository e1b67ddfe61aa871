import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseNotes, summarizeParsedNotes } from "@/lib/notes";
import { BENCH_EMAIL, BENCH_PASSWORD, seedBenchData } from "@/scripts/bench/seed";
import { signInForCookie } from "@/scripts/bench/session";
import { insertUser, startApp, startScratchDatabase, type TApp, type TScratchDatabase } from "@/tests/helpers/fault-app";

// The production server is SIGKILLed while a large import or restore is writing inside its
// transaction (seen in pg_stat_activity), then started again: the account holds nothing of it
// or all of it, never a part.

const YEAR = 2026;
const TABLES = ["Company", "Application", "StageEvent", "QuestionSet", "Question", "CompanySet", "ImportRun"] as const;

/** Notes of `sets` sections with `perSet` questions each, every answer a few lines long. */
function largeNotes(sets: number, perSet: number): string {
  const lines: string[] = [];
  for (let s = 1; s <= sets; s++) {
    lines.push(`# 题集 ${s}`, "");
    for (let q = 1; q <= perSet; q++) {
      lines.push(`${q}. <u>第 ${s}-${q} 题：缓存与索引</u>⭐`, `   答案 ${s}-${q}：先说结论，再说原因。`, "   - 要点一", "   - 要点二", "");
    }
  }
  return lines.join("\n");
}

async function rowCounts(client: pg.Client, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "userId" = $1`, [userId]);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

const none = Object.fromEntries(TABLES.map((table) => [table, 0]));

/** Resolves once one of the app's connections is inside a transaction that has written rows. */
async function writeTransactionRunning(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rowCount } = await client.query(
      `SELECT 1 FROM pg_stat_activity WHERE application_name = 'offerboard' AND backend_xid IS NOT NULL`,
    );
    if (rowCount) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("no write transaction started");
}

function upload(app: TApp, route: string, cookie: string, fields: Record<string, string>, file: { name: string; text: string }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("file", new Blob([file.text]), file.name);
  return fetch(`${app.baseUrl}${route}`, { method: "POST", headers: { cookie, origin: app.baseUrl }, body: form });
}

describe("SIGKILL of the server during a large write, then a restart", () => {
  let database: TScratchDatabase;
  let client: pg.Client;
  let app: TApp;

  /** Starts `write`, SIGKILLs the server once its transaction writes, and starts a new server. */
  async function killDuring(write: () => Promise<Response>) {
    const response = write().catch(() => null);
    await writeTransactionRunning(client);
    app.process.kill("SIGKILL");
    expect(await response).toBeNull();
    await app.stop();
    app = await startApp(database.url);
  }

  beforeAll(async () => {
    database = await startScratchDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    app = await startApp(database.url);
  });

  afterAll(async () => {
    await client?.end();
    await app?.stop();
    await database?.teardown();
  });

  it("holds none or all of an import it was killed in, and imports it whole afterwards", async () => {
    const email = "import-kill@example.test";
    const userId = await insertUser(database.url, email, "import-kill-pass-1");
    const text = largeNotes(60, 100);
    const summary = summarizeParsedNotes(parseNotes(text, { year: YEAR }));
    const notes = { name: "large-notes.md", text };
    const apply = async () => upload(app, "/api/import", await signInForCookie(app.baseUrl, email, "import-kill-pass-1"), { mode: "apply", year: String(YEAR) }, notes);

    await killDuring(apply);
    const afterKill = await rowCounts(client, userId);

    expect((await apply()).status).toBe(200);
    const full = await rowCounts(client, userId);
    expect(full).toMatchObject({ QuestionSet: summary.sets, Question: summary.questions, ImportRun: 1 });
    expect([none, full]).toContainEqual(afterKill);
  });

  it("holds none or all of a restore it was killed in, and restores it whole afterwards", async () => {
    const { userId } = await seedBenchData(database.url);
    const backup = await fetch(`${app.baseUrl}/api/export?format=json`, { headers: { cookie: await signInForCookie(app.baseUrl, BENCH_EMAIL, BENCH_PASSWORD) } }).then((r) => r.text());
    const full = await rowCounts(client, userId);
    expect(full.Question).toBe(5000);
    // The same account, emptied: a restore only goes into an account without data.
    await client.query(`DELETE FROM "User" WHERE id = $1`, [userId]);
    await insertUser(database.url, BENCH_EMAIL, BENCH_PASSWORD);
    const restoredId = `u-${BENCH_EMAIL.replace(/[^a-z0-9]/giu, "-")}`;
    const file = { name: "offerboard-backup.json", text: backup };
    const restore = async () => upload(app, "/api/import/restore", await signInForCookie(app.baseUrl, BENCH_EMAIL, BENCH_PASSWORD), {}, file);

    await killDuring(restore);
    const afterKill = await rowCounts(client, restoredId);
    expect([none, full]).toContainEqual(afterKill);

    if (afterKill.Question === 0) expect((await restore()).status).toBe(200);
    expect(await rowCounts(client, restoredId)).toEqual(full);
  });
});
