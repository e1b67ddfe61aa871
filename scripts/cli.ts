import path from "node:path";

import { parseEnv } from "@/lib/env-schema.js";
import { prepareDatabase } from "@/lib/server/database";

/** Prints an error as one readable message (no stack) and exits non-zero. */
export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n[offerboard] ${message}\n`);
  process.exit(1);
}

/**
 * Runs a command-line task against the app's database: DATABASE_URL, or the embedded server
 * under DATA_DIR (started for the task and stopped after). Migrations are applied first.
 */
export async function withDatabase<T>(
  task: (context: { embedded: boolean }) => Promise<T>,
  log: (line: string) => void = (line) => console.error(`[offerboard] ${line}`),
): Promise<T> {
  const env = parseEnv(process.env);
  const database = await prepareDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR), log });
  process.env.DATABASE_URL = database.url;
  try {
    return await task({ embedded: database.embedded !== null });
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await database.embedded?.stop();
  }
}
