import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";

// lib/db prepares statements by name (a hash of the text) so a connection parses each statement
// once and PostgreSQL may keep one generic plan; only the first 400 texts get a name. One
// transaction keeps every statement on one connection, whose pg_prepared_statements is read.

type TPrepared = { name: string; statement: string; generic: number; custom: number };

async function preparedOnOneConnection(texts: string[], values: unknown[] = []): Promise<TPrepared[]> {
  return db.$transaction(async (tx) => {
    for (const text of texts) await tx.$queryRawUnsafe(text, ...values);
    return tx.$queryRaw<TPrepared[]>`
      SELECT name, statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements`;
  });
}

describe("prepared statements", () => {
  it("prepares a statement once by a name made from its text, and runs it again by that name until one generic plan serves it", async () => {
    const text = "SELECT id FROM \"User\" WHERE id = $1::text";
    const prepared = await preparedOnOneConnection(Array.from({ length: 8 }, () => text), ["someone"]);
    const mine = prepared.filter((row) => row.statement === text);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.name).toMatch(/^ob_[\w-]{27}$/);
    // Planned for its values five times, then no more: a primary-key lookup's generic plan is as good.
    expect(mine[0]).toMatchObject({ custom: 5, generic: 3 });
    // The same text on another connection gets the same name.
    const again = await preparedOnOneConnection([text], ["someone else"]);
    expect(again.find((row) => row.statement === text)?.name).toBe(mine[0]!.name);
  });

  it("gives names to at most 400 texts, and still runs the texts after them", async () => {
    const texts = Array.from({ length: 420 }, (_, i) => `SELECT ${i}::int AS n`);
    const prepared = await preparedOnOneConnection(texts);
    const numbered = prepared.filter((row) => /^SELECT \d+::int AS n$/.test(row.statement));
    // Earlier tests in this file named a few texts; the cap counts them too.
    expect(numbered.length).toBeGreaterThan(350);
    expect(numbered.length).toBeLessThanOrEqual(400);
    expect(numbered.some((row) => row.statement === texts.at(-1))).toBe(false);
    const [last] = await db.$queryRawUnsafe<{ n: number }[]>(texts.at(-1)!);
    expect(last!.n).toBe(419);
  });
});
