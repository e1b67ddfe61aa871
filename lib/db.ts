import "server-only";

import { createHash } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Connection limits of one app process (docs/architecture.md, "Database connections"): a
 * stopped or unreachable PostgreSQL makes a request fail within seconds instead of hanging.
 */
export const POOL_LIMITS = {
  /** Connections per process: 10 serve 50 busy clients on two cores; PostgreSQL's default 100 leaves room for several instances. */
  max: 10,
  /** Opening a connection, or waiting for a free one, gives up after 5 s. */
  connectionTimeoutMillis: 5_000,
  /** PostgreSQL cancels a statement after 10 s (a transaction may raise it with SET LOCAL, up to query_timeout). */
  statement_timeout: 10_000,
  /** The client stops waiting for an answer after 15 s: a stopped server cancels nothing itself. */
  query_timeout: 15_000,
  /** PostgreSQL ends a session left idle inside a transaction for 60 s, releasing its locks. */
  idle_in_transaction_session_timeout: 60_000,
} as const;

/**
 * A client that goes back to the pool while still inside a transaction (its last statement
 * timed out on the client side: the server did not answer) would hand the next request an
 * unfinished transaction; it is closed instead, and PostgreSQL rolls its transaction back.
 */
function closeUnfinished(error: Error | undefined, client: pg.PoolClient) {
  const status = (client as unknown as { _txStatus?: string | null })._txStatus;
  if (!error && status && status !== "I") void client.end();
}

/** The app's connection pool for `connectionString`, with POOL_LIMITS. */
export function createPool(connectionString: string | undefined): pg.Pool {
  const pool = new pg.Pool({ connectionString, application_name: "offerboard", ...POOL_LIMITS });
  pool.on("release", closeUnfinished);
  return pool;
}

/** How many distinct statement texts are prepared by name; the rest run unnamed. */
const PREPARED_MAX = 400;
const preparedNames = new Map<string, string>();

/**
 * Statements run as named prepared statements, one name per text: each connection parses a
 * statement once, and PostgreSQL plans it for its values on its first five runs, then keeps one
 * generic plan where that plan costs no more (plan_cache_mode auto). Planning was most of the
 * PostgreSQL time of the small statements every page runs (docs/architecture.md). A statement's
 * name is a hash of its text, so one name never stands for two texts. Prisma writes
 * `IN ($1, $2, …)` with one parameter per value, so texts are not a closed set: the first
 * PREPARED_MAX texts are named (the pages' statements come first), and the texts after them run
 * unnamed, which bounds what each connection keeps.
 */
function statementName({ sql }: { sql: string }): string {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < PREPARED_MAX) {
    name = `ob_${createHash("sha1").update(sql).digest("base64url")}`;
    preparedNames.set(sql, name);
  }
  return name ?? ""; // pg runs a statement with an empty name unnamed
}

function createClient() {
  const adapter = new PrismaPg(createPool(process.env.DATABASE_URL), { statementNameGenerator: statementName });
  // StageEvent.live is the database's own (kept by triggers): no read returns it, so no backup carries it.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true }, stageEvent: { live: true } } });
}

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };

/**
 * The one Prisma client of the process, kept on globalThis: hot reloads in development, and the
 * production server's several bundles that import this module, all share one pool.
 */
export const db = (globalForDb.db ??= createClient());

type TDb = typeof db;
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];
type TTxOptions = Parameters<TDb["$transaction"]>[1];

/** A Prisma request error with this code: P2002 a unique constraint. */
export function isPrismaError(error: unknown, code: "P2002"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/**
 * Prisma ends an interactive transaction after 5 s by default: a write queued behind other
 * writes of its user (busy server) would fail though PostgreSQL was still letting it through.
 * Writes get as long as one statement may wait (query_timeout), and a connection as long as the
 * pool gives one; callers with longer work (import, restore, export) pass their own.
 */
const TRANSACTION_DEFAULTS = { maxWait: POOL_LIMITS.connectionTimeoutMillis, timeout: POOL_LIMITS.query_timeout };

/**
 * One interactive transaction writing `userId`'s data. Its first statement locks the user's row
 * (FOR NO KEY UPDATE, the lock the data version's triggers take when they bump it), so the
 * writes of one user take their locks in one order, the user's row first: a second write waits
 * for the first to commit before it touches any row, and no two of them can deadlock. Every
 * write to a user's rows goes through here.
 */
export async function transaction<T>(userId: string, run: (tx: TTx) => Promise<T>, options?: TTxOptions): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
    return run(tx);
  }, { ...TRANSACTION_DEFAULTS, ...options });
}
