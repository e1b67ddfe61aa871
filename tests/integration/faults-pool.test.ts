import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPool, POOL_LIMITS } from "@/lib/db";
import { startScratchDatabase, type TScratchDatabase } from "@/tests/helpers/fault-app";

// The pool a frozen PostgreSQL leaves behind: a transaction's statement times out on the client
// side, the transaction's client goes back to the pool (as Prisma's adapter returns it), and
// once the server answers again no request runs inside that unfinished transaction.

describe("the app's connection pool after a statement timed out inside a transaction", () => {
  let database: TScratchDatabase;

  beforeAll(async () => {
    database = await startScratchDatabase();
  });

  afterAll(async () => {
    await database?.freeze(false).catch(() => {});
    await database?.teardown();
  });

  it("closes the client instead of handing its open transaction to the next request", async () => {
    const pool = createPool(database.url);
    try {
      const client = await pool.connect();
      await client.query("BEGIN");
      await client.query("SELECT 1");
      await database.freeze(true);
      try {
        await expect(client.query("SELECT 2")).rejects.toThrow("Query read timeout");
        client.release();
        expect(pool.idleCount).toBe(0);
      } finally {
        await database.freeze(false);
      }
      // A fresh connection outside any transaction: now() is the statement's own time.
      const { rows } = await pool.query<{ fresh: boolean }>("SELECT now() = statement_timestamp() AS fresh");
      expect(rows[0]?.fresh).toBe(true);
    } finally {
      await pool.end();
    }
  }, POOL_LIMITS.query_timeout + 30_000);
});
