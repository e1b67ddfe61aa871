// `npm run bench:restore`: restores a large JSON backup through POST /api/import/restore of the
// production server (default heap limit), sent chunked as it is generated, into a throw-away
// PostgreSQL; then exports the account again. Reports the size, the times, the server's RSS
// before and at its peak, and the rows found afterwards. The default backup is the stated
// limits: 500,000 rows in one table (companySets: 1,000 companies × 500 sets) and ~100 MB in
// all (with 125,000 questions). RESTORE_QUESTIONS, RESTORE_ANSWER (characters per answer),
// RESTORE_COMPANIES and RESTORE_SETS change it; RESTORE_DIST_DIR names the build (.next-e2e).
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { parseEnv } from "@/lib/env-schema.js";
import { runMigrations } from "@/lib/migrations/run";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { spawnNextBuild, spawnNextServer } from "@/lib/server/next-process";
import { findFreePort } from "@/lib/server/port";
import { largeBackup } from "@/tests/helpers/large-backup";
import { multipartFile, postChunked, watchRss } from "@/tests/helpers/raw-http";

import { signInForCookie } from "./session";

const SHAPE = {
  questions: Number(process.env.RESTORE_QUESTIONS ?? 125_000),
  answerChars: Number(process.env.RESTORE_ANSWER ?? 40),
  companies: Number(process.env.RESTORE_COMPANIES ?? 1000),
  sets: Number(process.env.RESTORE_SETS ?? 500),
  idPrefix: "",
};
const MB = 1024 * 1024;

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-restore-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "offerboard_restore" });
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const distDir = process.env.RESTORE_DIST_DIR ?? ".next-e2e";
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url, NEXT_DIST_DIR: distDir, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1", ALLOW_REGISTRATION: "true" };
  try {
    await runMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { registerUser } = await import("@/lib/services/users");
    const password = "restore-bench-42";
    const user = await registerUser({ email: "restore@bench.test", password, name: "Restore" });
    if (!existsSync(path.join(distDir, "BUILD_ID"))) {
      const build = spawnNextBuild(env);
      if ((await new Promise((resolve) => build.on("exit", resolve))) !== 0) throw new Error("next build failed");
    }
    const heapMb = parseEnv(env).SERVER_HEAP_MB;
    const server = spawnNextServer({ mode: "start", port, heapMb, env, stdio: ["ignore", "ignore", "inherit"] });
    try {
      for (let i = 0; i < 200 && !(await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const cookie = await signInForCookie(baseUrl, user.email, password);
      let bytes = 0;
      const body = (function* () {
        for (const piece of largeBackup({ id: user.id, email: user.email }, SHAPE)) {
          bytes += Buffer.byteLength(piece);
          yield piece;
        }
      })();
      const started = performance.now();
      const { result, beforeMb, peakMb } = await watchRss(server.pid!, () =>
        postChunked(`${baseUrl}/api/import/restore`, { cookie }, multipartFile("file", "backup.json", body)),
      );
      const seconds = (performance.now() - started) / 1000;
      const { db } = await import("@/lib/db");
      const [questions, links] = await Promise.all([db.question.count({ where: { userId: user.id } }), db.companySet.count({ where: { userId: user.id } })]);
      const alive = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
      console.log(`restore of ${JSON.stringify(SHAPE)}, ${(bytes / MB).toFixed(1)} MB, heap limit ${heapMb} MB: HTTP ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
      console.log(`  ${seconds.toFixed(1)} s; server RSS ${beforeMb} MB before, ${peakMb} MB at peak; ${questions} questions and ${links} company-set links in the database; server ${alive ? "alive" : "DOWN"}`);
      const exportStarted = performance.now();
      const exported = await watchRss(server.pid!, async () => {
        const response = await fetch(`${baseUrl}/api/export?format=json`, { headers: { cookie } });
        const reader = response.body!.getReader();
        let size = 0;
        for (let part = await reader.read(); !part.done; part = await reader.read()) size += part.value.byteLength;
        return size;
      });
      console.log(`  export of the same account: ${(exported.result / MB).toFixed(1)} MB in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s; server RSS peak ${exported.peakMb} MB`);
      await db.$disconnect();
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
