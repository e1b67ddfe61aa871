import { mapApplications } from "./map-applications";
import { mapCompanies } from "./map-companies";
import { mapSet } from "./map-sets";
import { emptyCounts, type TExistingData, type TImportPlan, type TMergeDecision, type TPlanCounts } from "./map-types";
import type { TParsedNotes } from "./types";

export { confirmedAliasesOf } from "./map-companies";
export type * from "./map-types";

const total = (c: TPlanCounts) => c.sets + c.questions + c.companies + c.applications + c.stageEvents;

/**
 * The map step of the import: parsed notes + the account's rows → what to create, update or
 * leave unchanged. Pure. Sets pair by slug, questions by content hash / position, companies by
 * normalized name and aliases, applications by company; nothing the person added is removed.
 * `decisions` answer the suggested merges; an unanswered suggestion keeps the two apart.
 */
export function planImport(
  parsed: TParsedNotes,
  existing: TExistingData,
  decisions: readonly TMergeDecision[] = [],
): TImportPlan {
  const created = emptyCounts();
  const updated = emptyCounts();
  const unchanged = emptyCounts();

  const companies = mapCompanies(parsed.companies, parsed.suggestedMerges, existing.companies, decisions);
  for (const op of companies.ops) {
    if (op.kind === "create") created.companies += 1;
    else if (op.kind === "update") updated.companies += 1;
    else unchanged.companies += 1;
  }

  const storedSets = new Map(existing.sets.map((s) => [s.slug, s]));
  const sets = parsed.sets.map((set) => mapSet(set, storedSets.get(set.slug), existing.sets.length + set.index));
  for (const op of sets) {
    if (op.kind === "create") {
      created.sets += 1;
      created.questions += op.questions.length;
      continue;
    }
    (op.kind === "update" ? updated : unchanged).sets += 1;
    created.questions += op.createQuestions.length;
    updated.questions += op.updateQuestions.length;
    unchanged.questions += op.unchangedQuestions;
  }

  const applications = mapApplications(parsed.applications, parsed.companies, companies.resolve, existing.applications);
  const storedApps = new Map(existing.applications.map((a) => [a.id, a]));
  for (const op of applications.ops) {
    if (op.kind === "create") {
      created.applications += 1;
      created.stageEvents += op.events.length;
      continue;
    }
    const stored = storedApps.get(op.id)?.events.length ?? 0;
    if (op.kind === "unchanged") {
      unchanged.applications += 1;
      unchanged.stageEvents += stored;
      continue;
    }
    updated.applications += 1;
    created.stageEvents += op.createEvents.length;
    updated.stageEvents += op.updateEvents.length;
    unchanged.stageEvents += stored - op.updateEvents.length;
  }

  return {
    companies: companies.ops,
    sets,
    applications: applications.ops,
    created,
    updated,
    unchanged,
    suggestedMerges: companies.merges,
    conflicts: [...parsed.conflicts, ...companies.conflicts].sort((a, b) => a.line - b.line),
    warnings: [...parsed.warnings, ...companies.warnings, ...applications.warnings].sort((a, b) => a.line - b.line),
    applicationsFromAnnotations: applications.fromAnnotations,
    nothingChanged: total(created) + total(updated) === 0,
  };
}
