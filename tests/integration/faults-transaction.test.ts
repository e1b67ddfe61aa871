import pg from "pg";
import { describe, expect, it } from "vitest";

import { transaction } from "@/lib/db";

import { createTestUser } from "../helpers/users";

// On a busy server a write can wait its turn behind other writes of the same user (they queue on
// the user's row) for longer than Prisma's default 5 s: it still goes through.

describe("a service write queued behind another write of its user", () => {
  it("goes through after a 6 s wait instead of expiring", async () => {
    const user = await createTestUser();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT 1 FROM "User" WHERE id = $1 FOR UPDATE`, [user.id]);
      const release = new Promise((resolve) => setTimeout(resolve, 6_000)).then(() => other.query("COMMIT"));
      const renamed = await transaction(user.id, (tx) => tx.user.update({ where: { id: user.id }, data: { name: "排队之后" }, select: { name: true } }));
      await release;
      expect(renamed).toEqual({ name: "排队之后" });
    } finally {
      await other.end();
    }
  });
});
