import "server-only";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/dictionaries";
import type { TNotesMessage } from "@/lib/notes";

import { applyImport, previewImport, type TImportInput, type TImportReport } from "@/lib/services/import";

/** The terminal speaks English, as the scripts' other output does. */
const t = translatorFor("en");

/** Warnings, merge reasons and conflicts of the import, in English for the terminal. */
const inEnglish = (...messages: readonly TNotesMessage[]) => messages.map((m) => t(`notes.${m.key}`, m.params)).join(" ");

/** The one JSON object `notes:import --json` prints (counts of the file, then what the import did). */
function importJson(report: TImportReport) {
  const s = report.summary;
  return {
    sets: s.sets,
    questions: s.questions,
    placeholders: s.placeholders,
    starred: s.starred,
    companies: s.companies,
    companiesByTier: s.companiesByTier,
    applications: s.applications,
    stageEvents: s.stageEvents,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    suggestedMerges: report.suggestedMerges.map((m) => ({ a: m.a, b: m.b, kind: m.kind, reason: inEnglish(m.reason), decision: m.decision, conflict: m.conflict && inEnglish(...m.conflict) })),
    conflicts: report.conflicts.map((c) => ({ companyName: c.companyName, line: c.line, message: inEnglish(...c.reasons) })),
    warnings: report.warnings.map((w) => ({ line: w.line, message: inEnglish(w) })),
    nothingChanged: report.nothingChanged,
    applied: report.applied,
    dryRun: !report.applied && !report.nothingChanged,
  };
}

function describe(report: TImportReport, dryRun: boolean): string[] {
  const s = report.summary;
  const tiers = s.companiesByTier;
  const counts = (c: TImportReport["created"]) => t("cli.import.counts", { ...c });
  const lines = [
    t("cli.import.summary", {
      file: report.fileName,
      sets: s.sets,
      questions: s.questions,
      placeholders: s.placeholders,
      starred: s.starred,
      companies: s.companies,
      applications: s.applications,
      stageEvents: s.stageEvents,
      tierS: tiers.S,
      tierA: tiers.A,
      tierB: tiers.B,
      tierC: tiers.C,
      tierN: tiers.N,
    }),
  ];
  if (report.nothingChanged) lines.push(t("cli.import.nothingChanged"));
  else {
    lines.push(t(dryRun ? "cli.import.wouldCreate" : "cli.import.created", { counts: counts(report.created) }));
    lines.push(t(dryRun ? "cli.import.wouldUpdate" : "cli.import.updated", { counts: counts(report.updated) }));
    lines.push(t("cli.import.unchanged", { counts: counts(report.unchanged) }));
  }
  for (const m of report.suggestedMerges) lines.push(t("cli.import.suggestedMerge", { a: m.a, b: m.b, reason: inEnglish(m.reason) }));
  for (const c of report.conflicts) lines.push(t("cli.import.conflict", { line: c.line, company: c.companyName, message: inEnglish(...c.reasons) }));
  for (const w of report.warnings) lines.push(t("cli.import.warning", { line: w.line, message: inEnglish(w) }));
  if (dryRun) lines.push(t("cli.import.dryRun"));
  return lines;
}

/**
 * The import for `npm run notes:import`: finds the account by email, previews (--dry-run) or
 * applies. Suggested merges stay unanswered here (the two companies are kept apart and listed).
 */
export async function cliImportReport(email: string, input: Omit<TImportInput, "decisions">, dryRun: boolean) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new Error(t("cli.import.noAccount", { email }));
  try {
    const report = dryRun ? await previewImport(user.id, input) : await applyImport(user.id, input);
    return { json: importJson(report), lines: describe(report, dryRun) };
  } catch (error) {
    throw cliErrorMessage(error);
  }
}

/** An AppError (reading the file or importing it) as plain English for the terminal. */
export function cliErrorMessage(error: unknown): unknown {
  return error instanceof AppError ? new Error(t(error.messageKey)) : error;
}
