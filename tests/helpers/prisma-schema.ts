// A reader for the parts of the Prisma schema (prisma/schema/*.prisma) this project uses, to
// compare it with the database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type TExpectedColumn = { name: string; type: string; nullable: boolean; hasDefault: boolean };
/** `where`: a partial index's WHERE (Prisma's `where: raw("…")`), as `predicateText` writes it; null for a whole index. */
type TExpectedIndex = { name: string; columns: string[]; unique: boolean; where: string | null };

/**
 * A predicate with casts, quotes, parentheses and spaces taken out, so the schema's and
 * PostgreSQL's texts of one WHERE compare equal. Parentheses go with the ones PostgreSQL adds, so
 * `a AND (b OR c)` reads as `(a AND b) OR c` would: a predicate mixing AND and OR needs more.
 */
export const predicateText = (sql: string) => sql.replace(/::"?\w+"?/g, "").replace(/[()"\s]/g, "");
type TExpectedForeignKey = { name: string; columns: string[]; table: string; onDelete: string };
type TExpectedTable = {
  name: string;
  columns: TExpectedColumn[];
  indexes: TExpectedIndex[];
  foreignKeys: TExpectedForeignKey[];
};
/** `expressionIndexes`: indexes on an expression, which the schema can only name in a comment (`// Also "Name" (migration …)`). */
type TExpectedSchema = { tables: TExpectedTable[]; enums: Record<string, string[]>; expressionIndexes: string[] };

const SCALARS: Record<string, string> = {
  String: "text",
  Int: "integer",
  Float: "double precision",
  BigInt: "bigint",
  Boolean: "boolean",
  Json: "jsonb",
  Bytes: "bytea",
  DateTime: "timestamp(3) without time zone",
};

const blockPattern = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
const list = (text: string) => text.split(",").map((part) => part.trim()).filter(Boolean);

function columnType(type: string, attributes: string, enums: Set<string>): string | null {
  const base = type.replace(/[?[\]]/g, "");
  const isList = type.endsWith("[]");
  let sqlType: string | undefined;
  if (enums.has(base)) sqlType = base;
  else if (/@db\.Timestamptz\((\d)\)/.test(attributes)) sqlType = `timestamp(${/@db\.Timestamptz\((\d)\)/.exec(attributes)![1]}) with time zone`;
  else sqlType = SCALARS[base];
  if (!sqlType) return null; // a relation field
  return isList ? `${sqlType}[]` : sqlType;
}

export function readPrismaSchema(dir = path.join(process.cwd(), "prisma", "schema")): TExpectedSchema {
  const files = readdirSync(dir).filter((name) => name.endsWith(".prisma"));
  const text = files.map((name) => readFileSync(path.join(dir, name), "utf8")).join("\n");
  const expressionIndexes = [...text.matchAll(/\/\/ Also "(\w+)" \(migration /g)].map(([, name]) => name!).sort();
  const source = text.replace(/\/\/.*$/gm, "");
  const blocks = [...source.matchAll(blockPattern)].map(([, kind, name, body]) => ({ kind, name: name!, body: body! }));
  const enums = Object.fromEntries(
    blocks.filter((b) => b.kind === "enum").map((b) => [b.name, b.body.split(/\s+/).filter(Boolean)]),
  );
  const enumNames = new Set(Object.keys(enums));
  const tables = blocks
    .filter((b) => b.kind === "model")
    .map(({ name, body }) => {
      const table: TExpectedTable = { name, columns: [], indexes: [], foreignKeys: [] };
      for (const raw of body.split("\n").map((line) => line.trim()).filter(Boolean)) {
        if (raw.startsWith("@@")) {
          // Also `@@index([title(ops: raw("gin_trgm_ops"))], type: Gin, map: "Name")`.
          const match = /^@@(id|unique|index)\(\[((?:[^\]()]|\([^)]*\)\)?)+)\](.*)\)$/.exec(raw);
          if (!match) continue;
          const columns = list(match[2]!.replace(/\((?:[^()]|\([^)]*\))*\)/g, ""));
          const kind = match[1]!;
          const suffix = kind === "id" ? "pkey" : kind === "unique" ? `${columns.join("_")}_key` : `${columns.join("_")}_idx`;
          const mapped = /map:\s*"([^"]+)"/.exec(match[3]!)?.[1];
          const where = /where:\s*raw\("((?:[^"\\]|\\.)*)"\)/.exec(match[3]!)?.[1];
          table.indexes.push({ name: mapped ?? (kind === "id" ? `${name}_pkey` : `${name}_${suffix}`), columns, unique: kind !== "index", where: where === undefined ? null : predicateText(where.replace(/\\(.)/g, "$1")) });
          continue;
        }
        const [field, type, ...rest] = raw.split(/\s+/);
        const attributes = rest.join(" ");
        const sqlType = columnType(type!, attributes, enumNames);
        const relation = /@relation\(fields: \[([^\]]+)\], references: \[[^\]]+\], onDelete: (\w+)\)/.exec(attributes);
        if (relation) {
          const columns = list(relation[1]!);
          table.foreignKeys.push({ name: `${name}_${columns.join("_")}_fkey`, columns, table: type!.replace("?", ""), onDelete: relation[2]! });
        }
        if (!sqlType) continue;
        table.columns.push({
          name: field!,
          type: sqlType,
          // Prisma creates scalar-list columns without NOT NULL.
          nullable: type!.endsWith("?") || type!.endsWith("[]"),
          // cuid()/uuid() are made by the client, so the database has no default for them.
          hasDefault: /@default\((?!cuid\(\)|uuid\(\))/.test(attributes),
        });
        if (/@id\b/.test(attributes)) table.indexes.push({ name: `${name}_pkey`, columns: [field!], unique: true, where: null });
        if (/@unique\b/.test(attributes)) table.indexes.push({ name: `${name}_${field}_key`, columns: [field!], unique: true, where: null });
      }
      return table;
    });
  return { tables, enums, expressionIndexes };
}
