import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import http from "node:http";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { baseUrl, signedInUser, type TSignedInUser } from "@/tests/helpers/browser";
import { largeBackup } from "@/tests/helpers/large-backup";
import { BOUNDARY, multipartFile, postChunked } from "@/tests/helpers/raw-http";
import { sleep, waitFor } from "@/tests/helpers/wait";

// Clients that send or read at a trickle against the production server: an upload that pauses
// after its first bytes and a download read one chunk then paused must not hold a database
// connection (the pool has 10), so every other page keeps answering.


/** A restore whose body stops after the backup's header and first rows, and stays open. */
function trickleRestore(owner: TSignedInUser): http.ClientRequest {
  const request = http.request(`${baseUrl()}/api/import/restore`, {
    method: "POST",
    agent: false,
    headers: { cookie: owner.cookie, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
  });
  request.on("error", () => {});
  request.on("response", (response) => response.resume());
  // The part's head, then the backup through its first 1,000 questions; the part and body never end.
  request.write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="backup.json"\r\nContent-Type: application/json\r\n\r\n`);
  for (const piece of [...largeBackup(owner, { questions: 2_000 })].slice(0, 5)) request.write(piece);
  return request;
}

/** How long a GET takes to answer, and its status (0 when it failed). */
async function timed(path: string, cookie = ""): Promise<{ status: number; seconds: number }> {
  const started = Date.now();
  const status = await fetch(`${baseUrl()}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(20_000) }).then(
    async (response) => (await response.arrayBuffer(), response.status),
    () => 0,
  );
  return { status, seconds: (Date.now() - started) / 1000 };
}

/** Temporary files (lib/temp-files) the server's process tree has open, deleted or not. */
function openTempFiles(pid: number): number {
  try {
    const fds = readdirSync(`/proc/${pid}/fd`).map((fd) => readlinkSync(`/proc/${pid}/fd/${fd}`, { encoding: "utf8" }));
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/u).filter(Boolean).map(Number);
    return fds.filter((target) => /\/offerboard-[^/]+\/[^/]+\.tmp/u.test(target)).length + children.reduce((sum, child) => sum + openTempFiles(child), 0);
  } catch {
    return 0;
  }
}

/** Waits (up to 30 s) until the server holds no temporary file open; throws with the count left. */
async function tempFilesClosed(): Promise<void> {
  // 30 s: on a loaded machine (a full test run) the server has been seen to take over 10 s.
  const open = () => openTempFiles(inject("serverPid"));
  await waitFor(() => open() === 0, 30_000, () => `${open()} temporary files still open`);
}

describe("slow clients on the production server", () => {
  const database = new pg.Client({ connectionString: inject("databaseUrl") });
  /** The app's connections (application_name offerboard) inside a transaction right now. */
  const inTransaction = async () =>
    (await database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'offerboard' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()",
    )).rows[0]?.n;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    await database.connect();
  });

  afterAll(async () => {
    await database.end();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });

  it("keeps serving while 12 restores trickle in: no upload holds a connection", { timeout: 90_000 }, async () => {
    const owner = await signedInUser("慢上传");
    const uploads = Array.from({ length: 12 }, () => trickleRestore(owner));
    try {
      await sleep(3_000);
      const health = await timed("/api/health");
      const page = await timed("/companies", owner.cookie);
      console.log(`with 12 trickling restores: /api/health ${health.status} in ${health.seconds} s, /companies ${page.status} in ${page.seconds} s`);
      expect(health.status).toBe(200);
      expect(health.seconds).toBeLessThan(10);
      expect(page.status).toBe(200);
      expect(page.seconds).toBeLessThan(10);
      expect(await inTransaction()).toBe(0);
      // Two uploads of the account go to disk at once; the others are refused.
      expect(openTempFiles(inject("serverPid"))).toBe(2);
    } finally {
      for (const upload of uploads) upload.destroy();
    }
    // The aborted uploads' files are deleted.
    await tempFilesClosed();
  });

  it("holds no transaction while an export is read slowly", { timeout: 90_000 }, async () => {
    const owner = await signedInUser("慢下载");
    const restored = await postChunked(`${baseUrl()}/api/import/restore`, { cookie: owner.cookie }, multipartFile("file", "backup.json", largeBackup(owner, { questions: 30_000, answerChars: 200 })));
    expect(restored.body).toMatchObject({ ok: true, data: { restored: 30_001 } });

    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(`${baseUrl()}/api/export?format=json`, { agent: false, headers: { cookie: owner.cookie } }, resolve).on("error", reject);
    });
    try {
      expect(response.statusCode).toBe(200);
      await new Promise((resolve) => response.once("data", resolve));
      response.pause();
      await sleep(2_000);
      expect(await inTransaction()).toBe(0);
      expect((await timed("/api/health")).status).toBe(200);
    } finally {
      response.destroy();
    }
    // The abandoned download's file is closed (it was deleted when it was opened).
    await tempFilesClosed();
  });
});
