import { PrismaPg } from "@prisma/adapter-pg";

import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };

/** The one Prisma client, cached across hot reloads in development. */
export const db = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

export type TDb = typeof db;
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];
type TTxOptions = Parameters<TDb["$transaction"]>[1];

/** A Prisma request error with this code: P2002 a unique constraint, P2034 a deadlock or write conflict. */
export function isPrismaError(error: unknown, code: "P2002" | "P2034"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

const ATTEMPTS = 3;

/**
 * One interactive transaction, run again (up to three tries in all) when PostgreSQL aborts it
 * for a deadlock or a write conflict (P2034): an aborted try wrote nothing. Writes of one user
 * queue on the user's row (the data version's triggers), so two of them that also wait for each
 * other's rows deadlock, and the one PostgreSQL aborts goes again after the other. `run` must
 * do nothing but database work, as it may run more than once.
 */
export async function transaction<T>(run: (tx: TTx) => Promise<T>, options?: TTxOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(run, options);
    } catch (error) {
      if (!isPrismaError(error, "P2034") || attempt === ATTEMPTS) throw error;
    }
  }
}
