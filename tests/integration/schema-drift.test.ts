import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { predicateText, readPrismaSchema } from "../helpers/prisma-schema";

// The Prisma schema (prisma/schema) is what the client believes; the migrations are what the database is.
// This test fails as soon as one changes without the other.
const expected = readPrismaSchema();
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(() => client.connect());
afterAll(() => client.end());

const ON_DELETE: Record<string, string> = { c: "Cascade", r: "Restrict", n: "SetNull", a: "NoAction", d: "SetDefault" };

describe("the Prisma schema and the migrated database agree", () => {
  it("has exactly the model tables (plus Prisma's migrations table)", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    const names = rows.map((row) => row.table_name).filter((name) => name !== "_prisma_migrations");
    expect(names.sort()).toEqual(expected.tables.map((t) => t.name).sort());
  });

  it("has the same enums and values", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.values]))).toEqual(expected.enums);
  });

  it.each(expected.tables.map((table) => [table.name, table]))("table %s: columns, types, nullability, defaults", async (name, table) => {
    const { rows } = await client.query<{ column_name: string; type: string; nullable: boolean; has_default: boolean }>(
      `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, a.atthasdef AS has_default
       FROM pg_attribute a WHERE a.attrelid = format('%I', $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [name],
    );
    const actual = rows
      .map((row) => ({ name: row.column_name, type: row.type.replace(/^"(.*)"$/, "$1").replace(/^"(.*)"\[\]$/, "$1[]"), nullable: row.nullable, hasDefault: row.has_default }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(actual).toEqual([...table.columns].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it.each(expected.tables.map((table) => [table.name, table]))("table %s: primary key, unique constraints, indexes (a partial one with its WHERE)", async (name, table) => {
    const { rows } = await client.query<{ name: string; columns: string[]; unique: boolean; where: string | null }>(
      `SELECT i.relname AS name, ix.indisunique AS unique, pg_get_expr(ix.indpred, ix.indrelid) AS where,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
       WHERE ix.indrelid = format('%I', $1::text)::regclass AND NOT 0 = ANY(ix.indkey::int2[])
       GROUP BY i.relname, ix.indisunique, ix.indpred, ix.indrelid`,
      [name],
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const actual = rows.map((row) => ({ ...row, where: row.where === null ? null : predicateText(row.where) }));
    expect(actual.sort(byName)).toEqual([...table.indexes].sort(byName));
  });

  it.each(expected.tables.map((table) => [table.name, table]))("table %s: foreign keys", async (name, table) => {
    const { rows } = await client.query<{ name: string; columns: string[]; table: string; on_delete: string }>(
      `SELECT c.conname AS name, c.confrelid::regclass::text AS table, c.confdeltype AS on_delete,
              array(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                    JOIN pg_attribute ON attrelid = c.conrelid AND attnum = k.n ORDER BY k.ord)::text[] AS columns
       FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = format('%I', $1::text)::regclass`,
      [name],
    );
    const actual = rows.map((row) => ({ name: row.name, columns: row.columns, table: row.table.replace(/"/g, ""), onDelete: ON_DELETE[row.on_delete] }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(actual.sort(byName)).toEqual([...table.foreignKeys].sort(byName));
  });

  it("has only the indexes on expressions that the schema's comments name", async () => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT i.relname AS name FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace
       WHERE n.nspname = 'public' AND 0 = ANY(ix.indkey::int2[]) ORDER BY 1`,
    );
    expect(expected.expressionIndexes).toEqual(["Company_userId_lastActivity_idx"]);
    expect(rows.map((row) => row.name)).toEqual(expected.expressionIndexes);
  });
});
