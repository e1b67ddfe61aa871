// `npm run dev` / `npm start`: prepares the database (embedded PostgreSQL when DATABASE_URL is
// unset), applies migrations, then runs Next. Only `npm run dev` on the embedded database seeds
// the demo account, whose password is published: `npm start` never creates it.
import path from "node:path";

import { parseEnv } from "@/lib/env-schema.js";
import { prepareDatabase } from "@/lib/server/database";
import { spawnNextServer } from "@/lib/server/next-process";
import { isPortFree } from "@/lib/server/port";
import { loadOrCreateSecret } from "@/lib/server/secret";

import { fail } from "./cli";

const mode = process.argv[2] === "start" ? "start" : "dev";
if (mode === "start") Object.assign(process.env, { NODE_ENV: "production" });
const log = (line: string) => console.log(`[offerboard] ${line}`);

async function main() {
  const env = parseEnv(process.env);
  const dataDir = path.resolve(env.DATA_DIR);
  if (!(await isPortFree(env.PORT))) {
    throw new Error(`Port ${env.PORT} is already in use. Stop the other server or set PORT, e.g. PORT=3001 npm run ${mode}.`);
  }
  const embeddedPort = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const database = await prepareDatabase({ databaseUrl: env.DATABASE_URL, dataDir, embeddedPort, log });
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    if (mode === "start" && !database.embedded) {
      throw new Error("NEXTAUTH_SECRET must be set in production (at least 32 characters: openssl rand -base64 32).");
    }
    secret = await loadOrCreateSecret(dataDir);
  }
  const url = `http://localhost:${env.PORT}`;
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? url,
  });
  const seedsDemo = mode === "dev" && database.embedded !== null;
  const { ensureDemoAccount, DEMO_CREDENTIALS } = await import("@/lib/services/demo-seed");
  if (seedsDemo) await ensureDemoAccount();

  const child = spawnNextServer({ mode, port: env.PORT, heapMb: env.SERVER_HEAP_MB, env: process.env, stdio: "inherit" });
  log(`Offerboard on ${url}`);
  if (seedsDemo) log(`demo account: ${DEMO_CREDENTIALS.email} / ${DEMO_CREDENTIALS.password}`);

  const shutdown = async (code: number) => {
    child.kill("SIGTERM");
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(fail);
