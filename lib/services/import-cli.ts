import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/dictionaries";

import { applyImport, previewImport, type TImportInput, type TImportReport } from "./import";

/** The one JSON object `notes:import --json` prints (counts of the file, then what the import did). */
export function importJson(report: TImportReport) {
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
    suggestedMerges: report.suggestedMerges.map((m) => ({ a: m.a, b: m.b, kind: m.kind, reason: m.reason, decision: m.decision, conflict: m.conflict })),
    conflicts: report.conflicts,
    warnings: report.warnings.map((w) => ({ line: w.line, message: w.message })),
    nothingChanged: report.nothingChanged,
    applied: report.applied,
    dryRun: !report.applied && !report.nothingChanged,
  };
}

function describe(report: TImportReport, dryRun: boolean): string[] {
  const s = report.summary;
  const counts = (c: TImportReport["created"]) =>
    `${c.sets} sets, ${c.questions} questions, ${c.companies} companies, ${c.applications} applications, ${c.stageEvents} stage events`;
  const lines = [
    `${report.fileName}: ${s.sets} sets, ${s.questions} questions (${s.placeholders} placeholders, ${s.starred} starred), ` +
      `${s.companies} companies (S ${s.companiesByTier.S}, A ${s.companiesByTier.A}, B ${s.companiesByTier.B}, C ${s.companiesByTier.C}, N ${s.companiesByTier.N}), ` +
      `${s.applications} applications, ${s.stageEvents} stage events`,
  ];
  if (report.nothingChanged) lines.push("Nothing changed: your account already has everything in this file.");
  else {
    lines.push(`${dryRun ? "Would create" : "Created"}: ${counts(report.created)}`);
    lines.push(`${dryRun ? "Would update" : "Updated"}: ${counts(report.updated)}`);
    lines.push(`Unchanged: ${counts(report.unchanged)}`);
  }
  for (const m of report.suggestedMerges) {
    lines.push(`Suggested merge (kept apart; confirm it on /import): ${m.a} ⇄ ${m.b} — ${m.reason}`);
  }
  for (const c of report.conflicts) lines.push(`Conflict, line ${c.line}: ${c.companyName}: ${c.message}`);
  for (const w of report.warnings) lines.push(`Warning, line ${w.line}: ${w.message}`);
  if (dryRun) lines.push("Dry run: nothing was written.");
  return lines;
}

/**
 * The import for `npm run notes:import`: finds the account by email, previews (--dry-run) or
 * applies. Suggested merges stay unanswered here (the two companies are kept apart and listed).
 */
export async function cliImportReport(email: string, input: Omit<TImportInput, "decisions">, dryRun: boolean) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new Error(`No account with the email ${email}. Create one with npm run user:create.`);
  try {
    const report = dryRun ? await previewImport(user.id, input) : await applyImport(user.id, input);
    return { json: importJson(report), lines: describe(report, dryRun) };
  } catch (error) {
    throw cliErrorMessage(error);
  }
}

/** An AppError (reading the file or importing it) as plain English for the terminal. */
export function cliErrorMessage(error: unknown): unknown {
  return error instanceof AppError ? new Error(translatorFor("en")(error.messageKey)) : error;
}
