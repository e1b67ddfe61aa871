import { z } from "zod";

import { transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type TBackupTable } from "./export";

const ZRow = z.record(z.string(), z.unknown());
const ZBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  user: z.object({
    email: z.string(),
    name: z.string().min(1).max(50),
    locale: z.string().max(10),
    timeZone: z.string().max(64),
    preferences: z.unknown(),
  }),
  data: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.array(ZRow).max(500_000)])) as Record<TBackupTable, z.ZodArray<typeof ZRow>>),
});

/** Every DateTime column of the schema ends in `At`; JSON carried them as ISO strings. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/u;

function reviveRow(row: Record<string, unknown>, userId: string, table: TBackupTable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = key.endsWith("At") && typeof value === "string" && ISO_DATE.test(value) ? new Date(value) : value;
  }
  if (table === "assets" && typeof row.data === "string") out.data = new Uint8Array(Buffer.from(row.data, "base64"));
  out.userId = userId;
  return out;
}

/** Foreign keys a backup row may hold, and the table whose ids they must be (never another account's). */
const REFERENCES: [TBackupTable, string, TBackupTable][] = [
  ["questions", "setId", "questionSets"],
  ["applications", "companyId", "companies"],
  ["stageEvents", "applicationId", "applications"],
  ["companySets", "companyId", "companies"],
  ["companySets", "setId", "questionSets"],
  ["prepTasks", "companyId", "companies"],
  ["questionProgress", "questionId", "questions"],
];

function referencesStayInside(data: Record<TBackupTable, Record<string, unknown>[]>): boolean {
  const idsOf = new Map<TBackupTable, Set<unknown>>();
  const ids = (table: TBackupTable) => {
    let known = idsOf.get(table);
    if (!known) idsOf.set(table, (known = new Set(data[table].map((row) => row.id))));
    return known;
  };
  return REFERENCES.every(([table, column, target]) => {
    const known = ids(target);
    return data[table].every((row) => known.has(row[column]));
  });
}

async function isEmpty(tx: TTx, userId: string): Promise<boolean> {
  const where = { userId };
  const counts = await Promise.all([
    tx.company.count({ where }), tx.questionSet.count({ where }), tx.question.count({ where }),
    tx.application.count({ where }), tx.prepTask.count({ where }), tx.asset.count({ where }),
    tx.importRun.count({ where }), tx.questionProgress.count({ where }),
  ]);
  return counts.every((n) => n === 0);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- rows are checked by Prisma's own validation */
async function insert(tx: TTx, table: TBackupTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const data = rows as any[];
  switch (table) {
    case "companies": await tx.company.createMany({ data }); break;
    case "questionSets": await tx.questionSet.createMany({ data }); break;
    case "questions": await tx.question.createMany({ data }); break;
    case "applications": await tx.application.createMany({ data }); break;
    case "stageEvents": await tx.stageEvent.createMany({ data }); break;
    case "companySets": await tx.companySet.createMany({ data }); break;
    case "prepTasks": await tx.prepTask.createMany({ data }); break;
    case "questionProgress": await tx.questionProgress.createMany({ data }); break;
    case "importRuns": await tx.importRun.createMany({ data }); break;
    case "assets": await tx.asset.createMany({ data }); break;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Restores a JSON backup (exportBackup) into the signed-in account, in one transaction. Refused
 * with a clear message when it is not a backup, comes from a newer format, belongs to an account
 * with another email, or the account already holds data. Rows keep their ids and timestamps.
 */
export async function restoreBackup(userId: string, backup: unknown): Promise<{ restored: number }> {
  assertUserId(userId);
  const header = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(backup);
  if (!header.success) throw new AppError("VALIDATION", "import.errors.backupFormat");
  if (header.data.version > BACKUP_VERSION) throw new AppError("VALIDATION", "import.errors.backupVersion");
  const parsed = ZBackup.safeParse(backup);
  if (!parsed.success) throw new AppError("VALIDATION", "import.errors.backupFormat");
  const { user: owner, data } = parsed.data;
  if (!referencesStayInside(data)) throw new AppError("VALIDATION", "import.errors.backupFormat");
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!user) throw new AppError("UNAUTHORIZED");
      if (user.email.toLowerCase() !== owner.email.toLowerCase()) throw new AppError("VALIDATION", "import.errors.backupOwner");
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import:${userId}`}))`;
      if (!(await isEmpty(tx, userId))) throw new AppError("CONFLICT", "import.errors.notEmpty");
      await tx.user.update({
        where: { id: userId },
        data: { name: owner.name, locale: owner.locale, timeZone: owner.timeZone, preferences: (owner.preferences ?? {}) as Prisma.InputJsonValue },
        select: { id: true },
      });
      let restored = 0;
      for (const table of BACKUP_TABLES) {
        const rows = data[table].map((row) => reviveRow(row, userId, table));
        await insert(tx, table, rows);
        restored += rows.length;
      }
      return { restored };
    }, { maxWait: 10_000, timeout: 120_000 });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Prisma.PrismaClientKnownRequestError || error instanceof Prisma.PrismaClientValidationError) {
      throw new AppError("VALIDATION", "import.errors.backupFormat");
    }
    throw error;
  }
}
