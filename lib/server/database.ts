import path from "node:path";

import pg from "pg";

import { runMigrations } from "@/lib/migrations/run";

import { EMBEDDED_MAJOR_VERSION, startEmbeddedPostgres, type TEmbeddedDatabase } from "./embedded-postgres";

type TDatabase = { url: string; embedded: TEmbeddedDatabase | null };

/** Fails with a readable message when the server cannot be reached. */
async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const where = new URL(url);
    throw new Error(
      `Cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (DATABASE_URL): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The database the app uses: DATABASE_URL when given, else an embedded server with its files
 * under `<dataDir>/pg`. Migrations are applied either way.
 */
export async function prepareDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort?: number;
  log?: (line: string) => void;
}): Promise<TDatabase> {
  let embedded: TEmbeddedDatabase | null = null;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(options.dataDir, "pg"),
      database: "offerboard",
      port: options.embeddedPort,
    });
    url = embedded.url;
    options.log?.(`embedded PostgreSQL ${EMBEDDED_MAJOR_VERSION} on port ${embedded.port}, data in ${path.join(options.dataDir, "pg")}`);
  } else {
    await checkConnection(url);
  }
  try {
    await runMigrations(url, { log: options.log });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, embedded };
}
