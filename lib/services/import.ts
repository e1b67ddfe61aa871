import "server-only";

import { db, isPrismaError, transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseNotes, summarizeParsedNotes, type TNotesSummary } from "@/lib/notes";
import { confirmedAliasesOf, planImport, type TImportPlan, type TMergeDecision } from "@/lib/notes/plan-import";

import { loadExistingData } from "./import-load";
import { writeImportPlan } from "./import-write";

export type TImportInput = {
  fileName: string;
  /** From readNotesFile: BOM removed, LF line ends. */
  text: string;
  hash: string;
  year: number;
  decisions?: readonly TMergeDecision[];
};

/** The plan's counts, merges, conflicts and warnings, without the rows it would write. */
export type TImportReport = Omit<TImportPlan, "companies" | "sets" | "applications"> & {
  fileName: string;
  year: number;
  summary: TNotesSummary;
  /** When this exact file was imported before (its latest run), else null. */
  previousImportAt: string | null;
  /** True once written (apply); false for a preview or when nothing changed. */
  applied: boolean;
};

async function planFor(tx: TTx, userId: string, input: TImportInput) {
  const [user, existing, previous] = await Promise.all([
    tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } }),
    loadExistingData(tx, userId),
    tx.importRun.findFirst({ where: { userId, hash: input.hash }, select: { createdAt: true }, orderBy: { createdAt: "desc" } }),
  ]);
  if (!user) throw new AppError("UNAUTHORIZED");
  const parsed = parseNotes(input.text, {
    year: input.year,
    timeZone: user.timeZone,
    confirmedAliases: confirmedAliasesOf(existing.companies),
  });
  const summary = summarizeParsedNotes(parsed);
  if (summary.sets === 0 && summary.companies === 0 && summary.applications === 0) {
    throw new AppError("VALIDATION", "import.errors.noStructure");
  }
  const plan = planImport(parsed, existing, input.decisions ?? []);
  const report: TImportReport = {
    fileName: input.fileName,
    year: input.year,
    summary,
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    suggestedMerges: plan.suggestedMerges,
    conflicts: plan.conflicts,
    warnings: plan.warnings,
    applicationsFromAnnotations: plan.applicationsFromAnnotations,
    nothingChanged: plan.nothingChanged,
    previousImportAt: previous?.createdAt.toISOString() ?? null,
    applied: false,
  };
  return { plan, report, importedHashes: existing.importedHashes };
}

/** What importing the file would do, without writing anything (read in one snapshot). */
export async function previewImport(userId: string, input: TImportInput): Promise<TImportReport> {
  assertUserId(userId);
  return db.$transaction(async (tx) => (await planFor(tx, userId, input)).report, {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    maxWait: 10_000,
    timeout: 30_000,
  });
}

/**
 * Imports the file in ONE transaction (all of it lands or none): plan against the account as it
 * is inside the transaction, write, record an ImportRun with the file's hash. A file that changes
 * nothing writes nothing (no ImportRun either) and says so. Concurrent imports of one user queue
 * on the user's row (transaction()): the second plans against what the first wrote.
 */
export async function applyImport(userId: string, input: TImportInput): Promise<TImportReport> {
  assertUserId(userId);
  try {
    return await transaction(
      userId,
      async (tx) => {
        const { plan, report, importedHashes } = await planFor(tx, userId, input);
        if (plan.nothingChanged) return report;
        const written = await writeImportPlan(tx, userId, plan);
        // Carried forward run to run: what each imported question looked like in the file.
        const questionHashes = { ...importedHashes, ...written };
        const counts = { summary: report.summary, created: plan.created, updated: plan.updated, unchanged: plan.unchanged, questionHashes };
        await tx.importRun.create({ data: { userId, sourceName: input.fileName.slice(0, 255), hash: input.hash, counts } });
        return { ...report, applied: true };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    if (isPrismaError(error, "P2002")) {
      throw new AppError("CONFLICT", "import.errors.concurrent");
    }
    throw error;
  }
}
