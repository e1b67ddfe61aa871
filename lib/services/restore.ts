import "server-only";

import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";

import { transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { processSlots } from "@/lib/process-slots";
import { refreshCompanyKeys } from "@/lib/services/company-keys";
import { takeTempFile } from "@/lib/temp-files";
import type { TBackupTable } from "@/lib/validation/backup";

import { readBackup, type TBackupItem } from "./restore-read";

async function isEmpty(tx: TTx, userId: string): Promise<boolean> {
  const where = { userId };
  const counts = await Promise.all([
    tx.company.count({ where }), tx.questionSet.count({ where }), tx.question.count({ where }),
    tx.application.count({ where }), tx.prepTask.count({ where }), tx.asset.count({ where }),
    tx.importRun.count({ where }),
  ]);
  return counts.every((n) => n === 0);
}

const TABLE_OF: Record<TBackupTable, string> = {
  companies: "Company",
  questionSets: "QuestionSet",
  questions: "Question",
  applications: "Application",
  stageEvents: "StageEvent",
  companySets: "CompanySet",
  prepTasks: "PrepTask",
  encounters: "Encounter",
  reviewCards: "ReviewCard",
  reviewLogs: "ReviewLog",
  importRuns: "ImportRun",
  assets: "Asset",
};

/** JSON for PostgreSQL: image bytes in bytea's hex form (dates are already ISO strings). */
const toSqlJson = (_key: string, value: unknown) => (value instanceof Uint8Array ? `\\x${Buffer.from(value).toString("hex")}` : value);

/**
 * Inserts one batch of rows (each checked by its table's schema in lib/validation/backup, which
 * names every column) as one JSON parameter: one statement, whatever the batch's size.
 */
async function insert(tx: TTx, table: TBackupTable, rows: Record<string, unknown>[], userId: string): Promise<void> {
  const json = JSON.stringify(rows.map((row) => ({ ...row, userId })), toSqlJson);
  const name = TABLE_OF[table];
  await tx.$executeRawUnsafe(`INSERT INTO "${name}" SELECT * FROM json_populate_recordset(NULL::"${name}", $1::json)`, json);
}

/**
 * Whether any restored row points at a row of another account (foreign keys already made sure
 * the rows exist). The account was empty, so its rows are the restored ones; one statement,
 * whatever the number of rows.
 */
async function pointsOutside(tx: TTx, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ outside: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Question" q JOIN "QuestionSet" s ON s.id = q."setId" WHERE q."userId" = ${userId} AND s."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "Application" a JOIN "Company" c ON c.id = a."companyId" WHERE a."userId" = ${userId} AND c."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "StageEvent" e JOIN "Application" a ON a.id = e."applicationId" WHERE e."userId" = ${userId} AND a."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "CompanySet" l JOIN "Company" c ON c.id = l."companyId" WHERE l."userId" = ${userId} AND c."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "CompanySet" l JOIN "QuestionSet" s ON s.id = l."setId" WHERE l."userId" = ${userId} AND s."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "PrepTask" t JOIN "Company" c ON c.id = t."companyId" WHERE t."userId" = ${userId} AND c."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "Encounter" x JOIN "Question" q ON q.id = x."questionId" WHERE x."userId" = ${userId} AND q."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "Encounter" x JOIN "Company" c ON c.id = x."companyId" WHERE x."userId" = ${userId} AND c."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "Encounter" x JOIN "StageEvent" e ON e.id = x."eventId" WHERE x."userId" = ${userId} AND e."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "ReviewCard" k JOIN "Question" q ON q.id = k."questionId" WHERE k."userId" = ${userId} AND q."userId" <> ${userId}
      UNION ALL SELECT 1 FROM "ReviewLog" l JOIN "Question" q ON q.id = l."questionId" WHERE l."userId" = ${userId} AND q."userId" <> ${userId}
    ) AS outside`;
  return rows[0]?.outside ?? true;
}

/** Restores the backup read from `source` (the spooled file: it never waits on a client). */
async function restoreFrom(userId: string, source: AsyncIterable<Uint8Array | string>): Promise<{ restored: number }> {
  const items = readBackup(source);
  try {
    const first = await items.next();
    if (first.done || first.value.kind !== "header") throw new AppError("VALIDATION", "import.errors.backupFormat");
    const owner = first.value.user;
    return await transaction(userId, async (tx) => {
      await tx.$executeRaw`SET LOCAL statement_timeout = '300s'`;
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!user) throw new AppError("UNAUTHORIZED");
      if (user.email.toLowerCase() !== owner.email.toLowerCase()) throw new AppError("VALIDATION", "import.errors.backupOwner");
      if (!(await isEmpty(tx, userId))) throw new AppError("CONFLICT", "import.errors.notEmpty");
      await tx.user.update({
        where: { id: userId },
        data: { name: owner.name, locale: owner.locale, timeZone: owner.timeZone, preferences: owner.preferences },
        select: { id: true },
      });
      let restored = 0;
      for await (const item of { [Symbol.asyncIterator]: () => items } as AsyncIterable<TBackupItem>) {
        if (item.kind !== "rows") throw new AppError("VALIDATION", "import.errors.backupFormat");
        await insert(tx, item.table, item.rows, userId);
        restored += item.rows.length;
      }
      if (await pointsOutside(tx, userId)) throw new AppError("VALIDATION", "import.errors.backupFormat");
      await refreshCompanyKeys(tx, userId, "all");
      return { restored };
    }, { maxWait: 10_000, timeout: 30 * 60_000 });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Prisma.PrismaClientKnownRequestError || error instanceof Prisma.PrismaClientValidationError) {
      throw new AppError("VALIDATION", "import.errors.backupFormat");
    }
    throw error;
  } finally {
    await items.return(undefined);
  }
}

/** Restores parsing a backup in this process at once: each holds batches of rows in memory. */
const restoreSlots = processSlots(1, 8);

/**
 * Restores a JSON backup (exportBackup) into the signed-in account: all of it in one transaction,
 * inserted in batches, or nothing. `source` is first written to a temporary file as it arrives,
 * so however slowly it comes, the transaction only opens once it is all there and then reads
 * from disk. Refused with a clear message when it is not a backup, comes from a newer format,
 * holds a value the app would not write, belongs to an account with another email, or the
 * account already holds data. Rows keep their ids and timestamps.
 */
export async function restoreBackup(userId: string, source: AsyncIterable<Uint8Array | string>): Promise<{ restored: number }> {
  assertUserId(userId);
  const file = await takeTempFile(userId);
  try {
    await pipeline(source, createWriteStream(file.path));
    return await restoreSlots(() => restoreFrom(userId, createReadStream(file.path)));
  } finally {
    await file.remove();
  }
}
