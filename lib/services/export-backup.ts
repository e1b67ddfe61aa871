import "server-only";

import { open } from "node:fs/promises";

import { db, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { streamTempFile, takeTempFile } from "@/lib/temp-files";
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type TBackupTable } from "@/lib/validation/backup";

// The JSON backup: each table in pages by key inside one snapshot (repeatable read), written to
// a temporary file as it is read, so an account of any size exports in bounded memory and the
// pages agree; the file is then sent.

export type TBackup = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  user: { id: string; email: string; name: string; locale: string; timeZone: string; preferences: unknown };
  data: Record<TBackupTable, Record<string, unknown>[]>;
};

type TRow = Record<string, unknown>;
const PAGE = 1000;
/** Images are up to 5 MB each: a few per page. */
const ASSET_PAGE = 8;

/**
 * One page of a table's rows after `after` (the last row of the previous page), in key order.
 * The backup deliberately takes every column (no select): a column added later is backed up
 * without touching this file, and lib/validation/backup checks it on the way back in.
 */
async function page(tx: TTx, table: TBackupTable, userId: string, after: TRow | undefined): Promise<TRow[]> {
  const id = after ? { gt: after.id as string } : undefined;
  const take = PAGE;
  switch (table) {
    case "companies": return tx.company.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "questionSets": return tx.questionSet.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "questions": return tx.question.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "applications": return tx.application.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "stageEvents": return tx.stageEvent.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "prepTasks": return tx.prepTask.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "encounters": return tx.encounter.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "importRuns": return tx.importRun.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "companySets": {
      const next = after
        ? { OR: [{ companyId: { gt: after.companyId as string } }, { companyId: after.companyId as string, setId: { gt: after.setId as string } }] }
        : {};
      return tx.companySet.findMany({ where: { userId, ...next }, orderBy: [{ companyId: "asc" }, { setId: "asc" }], take });
    }
    case "reviewCards":
      return tx.reviewCard.findMany({ where: { userId, questionId: after ? { gt: after.questionId as string } : undefined }, orderBy: { questionId: "asc" }, take });
    case "reviewLogs": return tx.reviewLog.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take });
    case "assets": {
      const assets = await tx.asset.findMany({ where: { userId, id }, orderBy: { id: "asc" }, take: ASSET_PAGE });
      return assets.map((a) => ({ ...a, data: Buffer.from(a.data).toString("base64") }));
    }
  }
}

async function writeBackup(tx: TTx, userId: string, write: (text: string) => Promise<void>): Promise<void> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, timeZone: true, preferences: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), user };
  await write(`${JSON.stringify(head).slice(0, -1)},"data":{`);
  for (const [index, table] of BACKUP_TABLES.entries()) {
    await write(`${index === 0 ? "" : ","}${JSON.stringify(table)}:[`);
    let after: TRow | undefined;
    for (let first = true; ; first = false) {
      const rows = await page(tx, table, userId, after);
      if (rows.length === 0) break;
      await write(`${first ? "" : ","}${rows.map((row) => JSON.stringify(row)).join(",")}`);
      after = rows.at(-1);
    }
    await write("]");
  }
  await write("}}");
}

/**
 * A user's whole account as a versioned JSON document (dates as ISO strings, image bytes as
 * base64). It is written to a temporary file inside the snapshot, at the database's pace, and
 * the snapshot ends before the first byte is sent: a slow reader holds a file, not a connection.
 */
export async function exportBackup(userId: string): Promise<ReadableStream<Uint8Array>> {
  assertUserId(userId);
  const file = await takeTempFile(userId);
  try {
    const out = await open(file.path, "w");
    try {
      // Read-only, in one snapshot: it takes no lock on the user's row, so writes go on meanwhile.
      await db.$transaction(async (tx) => {
        await writeBackup(tx, userId, async (text) => void (await out.write(text)));
      }, { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 10_000, timeout: 30 * 60_000 });
    } finally {
      await out.close();
    }
  } catch (error) {
    await file.remove();
    throw error;
  }
  return streamTempFile(file);
}
