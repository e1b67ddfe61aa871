// Reads a JSON backup as it streams in: the header (format, version, account settings) first,
// then the rows of each table in batches, each row checked by its schema (lib/validation/backup).
// Memory holds one batch, never the whole backup. No I/O of its own.
import { pipeline, Readable } from "node:stream";

import { parser, type Token } from "stream-json/parser.js";
import type { z } from "zod";
import Assembler from "stream-json/assembler.js";

import { AppError } from "@/lib/errors";
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  MAX_BACKUP_ROWS,
  ZBackupRow,
  ZBackupUser,
  type TBackupTable,
  type TBackupUser,
} from "@/lib/validation/backup";
import { LEGACY_BACKUP_TABLES, ZLegacyBackupRow } from "@/lib/validation/backup-review";

export type TBackupItem =
  | { kind: "header"; user: TBackupUser }
  | { kind: "rows"; table: TBackupTable; rows: Record<string, unknown>[] };

/** Rows per insert, and a byte bound so a batch of images stays small too. */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;
/** Bounds on one value: nesting (the parser's), one string (a 5 MB image as base64), tokens. */
const MAX_DEPTH = 32;
const MAX_STRING = 8 * 1024 * 1024;
const MAX_VALUE_TOKENS = 200_000;
/**
 * Escapes in one JSON string. The parser adds each escape to the string it builds as a piece of
 * its own, so a string of millions of `\n` costs tens of bytes per escape; an answer of the
 * app's size holds far fewer.
 */
const MAX_STRING_ESCAPES = 250_000;

const notABackup = () => new AppError("VALIDATION", "import.errors.backupFormat");

type TNext = () => Promise<Token>;

/** One JSON value, starting at `first`, with the total length of its strings. */
async function assemble(first: Token, next: TNext): Promise<{ value: unknown; chars: number }> {
  const asm = new Assembler();
  let token = first;
  let chars = 0;
  for (let count = 1; ; count++) {
    if (count > MAX_VALUE_TOKENS) throw new AppError("VALIDATION", "import.errors.backupInvalid");
    if ("value" in token && typeof token.value === "string") chars += token.value.length;
    asm.consume(token);
    if (asm.done) return { value: asm.current, chars };
    token = await next();
  }
}

/** The row is counted from 1, as a reader of the file counts. */
function invalid(table: string, row: number, issues: z.core.$ZodIssue[]): AppError {
  const issue = issues[0];
  const keys = issue?.code === "unrecognized_keys" ? issue.keys : [];
  const path = [...(issue?.path ?? []), ...keys].map(String).join(".");
  return new AppError("VALIDATION", "import.errors.backupInvalid", { table, row, path });
}

function headerOf(fields: Map<string, unknown>): TBackupItem {
  const version = fields.get("version");
  if (fields.get("format") !== BACKUP_FORMAT || typeof version !== "number" || !Number.isInteger(version) || version < 1) throw notABackup();
  if (version > BACKUP_VERSION) throw new AppError("VALIDATION", "import.errors.backupVersion");
  const user = ZBackupUser.safeParse(fields.get("user"));
  if (!user.success) throw invalid("user", 1, user.error.issues);
  return { kind: "header", user: user.data };
}

/** The table a backup's key names (an older backup's table: the one that replaced it), and its row schema. */
function tableOf(key: Token): { table: TBackupTable; schema: z.ZodType } | null {
  if (key.name !== "keyValue") return null;
  const name = String(key.value);
  if (Object.hasOwn(LEGACY_BACKUP_TABLES, name)) {
    const legacy = name as keyof typeof LEGACY_BACKUP_TABLES;
    return { table: LEGACY_BACKUP_TABLES[legacy], schema: ZLegacyBackupRow[legacy] };
  }
  const table = BACKUP_TABLES.find((known) => known === name);
  return table ? { table, schema: ZBackupRow[table] } : null;
}

async function* tableRows({ table, schema }: { table: TBackupTable; schema: z.ZodType }, next: TNext): AsyncGenerator<TBackupItem> {
  if ((await next()).name !== "startArray") throw notABackup();
  let rows: Record<string, unknown>[] = [];
  let chars = 0;
  for (let index = 0; ; index++) {
    const token = await next();
    if (token.name === "endArray") break;
    if (index >= MAX_BACKUP_ROWS) throw new AppError("TOO_LARGE", "import.errors.backupTooManyRows");
    const row = await assemble(token, next);
    const parsed = schema.safeParse(row.value);
    if (!parsed.success) throw invalid(table, index + 1, parsed.error.issues);
    if (parsed.data !== null) rows.push(parsed.data as Record<string, unknown>);
    chars += row.chars;
    if (rows.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
      yield { kind: "rows", table, rows };
      [rows, chars] = [[], 0];
    }
  }
  if (rows.length > 0) yield { kind: "rows", table, rows };
}

async function* walk(next: TNext): AsyncGenerator<TBackupItem> {
  if ((await next()).name !== "startObject") throw notABackup();
  const header = new Map<string, unknown>();
  let sawData = false;
  for (let token = await next(); token.name !== "endObject"; token = await next()) {
    if (token.name !== "keyValue") throw notABackup();
    if (token.value !== "data") {
      const { value } = await assemble(await next(), next);
      if (!sawData) header.set(token.value, value);
      continue;
    }
    if (sawData || (await next()).name !== "startObject") throw notABackup();
    sawData = true;
    yield headerOf(header);
    let after = -1;
    for (let key = await next(); key.name !== "endObject"; key = await next()) {
      const read = tableOf(key);
      const at = read ? BACKUP_TABLES.indexOf(read.table) : -1;
      if (!read || at <= after) throw notABackup();
      after = at;
      yield* tableRows(read, next);
    }
  }
  if (!sawData) throw notABackup();
}

/**
 * The bytes of `source` as they are, refused once one string holds more than MAX_STRING_ESCAPES
 * escapes. A byte scan suffices: in UTF-8, `"` and `\` never occur inside another character.
 */
async function* boundedEscapes(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let inString = false;
  let escaped = false;
  let escapes = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    for (const byte of bytes) {
      if (escaped) escaped = false;
      else if (byte === 0x22) {
        inString = !inString;
        escapes = 0;
      } else if (byte === 0x5c && inString) {
        escaped = true;
        escapes += 1;
        if (escapes > MAX_STRING_ESCAPES) throw new AppError("VALIDATION", "import.errors.backupTooManyEscapes");
      }
    }
    yield bytes;
  }
}

/**
 * The backup in `source` (its bytes, as they arrive) as a header, then batches of checked rows
 * in the order they are to be inserted. Anything that is not a backup is a VALIDATION error
 * (backupFormat, backupVersion, or backupInvalid naming the table, row and field).
 */
export async function* readBackup(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<TBackupItem> {
  const tokens: Readable = pipeline(
    Readable.from(boundedEscapes(source)),
    parser.asStream({ packValues: true, streamValues: false, maxDepth: MAX_DEPTH, maxPackedLength: MAX_STRING }),
    () => {},
  );
  const iterator = tokens[Symbol.asyncIterator]() as AsyncIterator<Token>;
  const next: TNext = async () => {
    const result = await iterator.next();
    if (result.done) throw notABackup();
    return result.value;
  };
  try {
    yield* walk(next);
    if (!(await iterator.next()).done) throw notABackup();
  } catch (error) {
    throw error instanceof AppError ? error : notABackup();
  } finally {
    tokens.destroy();
  }
}
