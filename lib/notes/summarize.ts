import { Tier } from "@/lib/generated/prisma/enums";

import type { TNotesSummary, TParsedNotes } from "./types";

/** Counts for the import preview and the import CLI's JSON. */
export function summarizeParsedNotes(parsed: TParsedNotes): TNotesSummary {
  const questions = parsed.sets.flatMap((s) => s.questions);
  const companiesByTier = Object.fromEntries(Object.values(Tier).map((t) => [t, 0])) as Record<Tier, number>;
  for (const c of parsed.companies) if (c.tier !== null) companiesByTier[c.tier] += 1;
  const tierListCompanies = parsed.companies.filter((c) => c.tier !== null).length;
  return {
    sets: parsed.sets.length,
    questions: questions.length,
    placeholders: questions.filter((q) => q.placeholder).length,
    starred: questions.filter((q) => q.stars > 0).length,
    companies: parsed.companies.length,
    companiesByTier,
    tierListCompanies,
    pipelineOnlyCompanies: parsed.companies.length - tierListCompanies,
    applications: parsed.applications.length,
    stageEvents: parsed.applications.reduce((n, a) => n + a.events.length, 0),
    suggestedMerges: parsed.suggestedMerges.length,
    conflicts: parsed.conflicts.length,
    warnings: parsed.warnings.length,
  };
}
