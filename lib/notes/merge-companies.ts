import { compareStages } from "@/lib/applications/stages";
import { findNearMatches, NEAR_MATCH_PAIR_BUDGET, nearCandidates, normalizeCompanyName } from "@/lib/companies/normalize-name";
import { Outcome, Stage } from "@/lib/generated/prisma/enums";

import type {
  TConflict,
  TNotesMessage,
  TParsedApplication,
  TParsedCompany,
  TSuggestedMerge,
  TTierCompany,
  TWarning,
} from "./types";

/** The warning when a file has too many companies to look for near duplicates among them all. */
export function nearMatchesStopped(line: number): TWarning {
  return { key: "warnings.nearMatchBudget", params: { pairs: NEAR_MATCH_PAIR_BUDGET }, line };
}

export type TPipelineCompany = { name: string; line: number };
type TMergeOptions = { confirmedAliases?: ReadonlyArray<readonly [string, string]> };
export type TMergeResult = {
  companies: TParsedCompany[];
  suggestedMerges: TSuggestedMerge[];
  warnings: TWarning[];
  /** Normalized name (any spelling, confirmed aliases included) → the merged company. */
  byKey: ReadonlyMap<string, TParsedCompany>;
};

/**
 * Tier-list companies + companies named by the pipeline → one list. Same normalized name (or a
 * user-confirmed alias pair) merges; near matches are only suggested; pipeline-only companies get
 * `tier: null`. A company listed twice in the tier list is merged into its first listing (warned).
 */
export function mergeCompanies(
  tierCompanies: readonly TTierCompany[],
  pipelineCompanies: readonly TPipelineCompany[],
  options: TMergeOptions = {},
): TMergeResult {
  const tierKeys = new Set(tierCompanies.map((c) => c.normalizedName));
  const aliasOf = new Map<string, string>();
  for (const [x, y] of options.confirmedAliases ?? []) {
    const kx = normalizeCompanyName(x);
    const ky = normalizeCompanyName(y);
    const rep = aliasOf.get(kx) ?? aliasOf.get(ky) ?? (tierKeys.has(ky) && !tierKeys.has(kx) ? ky : kx);
    aliasOf.set(kx, rep);
    aliasOf.set(ky, rep);
  }
  const keyOf = (name: string) => {
    const key = normalizeCompanyName(name);
    return aliasOf.get(key) ?? key;
  };

  const warnings: TWarning[] = [];
  const byKey = new Map<string, TParsedCompany>();
  const companies: TParsedCompany[] = [];
  // Spellings and pipeline lines already recorded per company: a Set each, not a scan of the array.
  const seen = new Map<TParsedCompany, { aliases: Set<string>; lines: Set<number> }>();
  const seenOf = (company: TParsedCompany) => {
    let s = seen.get(company);
    if (!s) seen.set(company, (s = { aliases: new Set(company.aliases), lines: new Set(company.pipelineLines) }));
    return s;
  };
  const addAlias = (company: TParsedCompany, name: string) => {
    const aliases = seenOf(company).aliases;
    if (name === company.name || aliases.has(name)) return;
    aliases.add(name);
    company.aliases.push(name);
  };
  for (const c of tierCompanies) {
    const key = keyOf(c.name);
    const first = byKey.get(key);
    if (!first) {
      const company: TParsedCompany = { ...c, dates: [...c.dates], unknownAnnotations: [...c.unknownAnnotations], annotations: [...c.annotations], source: "TIER_LIST", aliases: [], pipelineLines: [] };
      byKey.set(key, company);
      companies.push(company);
      continue;
    }
    warnings.push({ key: "warnings.duplicateListing", params: { company: c.name, line: first.line, tier: first.tier ?? "-" }, line: c.line });
    for (const flag of ["rejected", "applied", "assessment", "revival", "noOpening"] as const) first[flag] ||= c[flag];
    for (const date of c.dates) first.dates.push(date);
    for (const annotation of c.unknownAnnotations) first.unknownAnnotations.push(annotation);
    for (const annotation of c.annotations) first.annotations.push(annotation);
    addAlias(first, c.name);
  }
  for (const p of pipelineCompanies) {
    const key = keyOf(p.name);
    const existing = byKey.get(key);
    if (existing) {
      if (existing.source === "TIER_LIST") existing.source = "BOTH";
      const lines = seenOf(existing).lines;
      if (!lines.has(p.line)) {
        lines.add(p.line);
        existing.pipelineLines.push(p.line);
      }
      addAlias(existing, p.name);
      continue;
    }
    const company: TParsedCompany = {
      name: p.name, normalizedName: normalizeCompanyName(p.name), tier: null, rejected: false, applied: false,
      assessment: false, revival: false, noOpening: false, dates: [], unknownAnnotations: [], annotations: [],
      line: p.line, source: "PIPELINE", aliases: [], pipelineLines: [p.line],
    };
    byKey.set(key, company);
    companies.push(company);
  }
  for (const key of aliasOf.keys()) {
    const company = byKey.get(aliasOf.get(key) ?? key);
    if (company && !byKey.has(key)) byKey.set(key, company);
  }

  const tierListed = companies.filter((c) => c.tier !== null);
  const tierNames = nearCandidates(tierListed.map((c) => c.name));
  const tierByName = new Map<string, TParsedCompany>();
  for (const c of tierListed) if (!tierByName.has(c.name)) tierByName.set(c.name, c);
  const suggestedMerges: TSuggestedMerge[] = [];
  const budget = { pairsLeft: NEAR_MATCH_PAIR_BUDGET };
  for (const c of companies) {
    if (c.source !== "PIPELINE") continue;
    if (budget.pairsLeft <= 0) {
      warnings.push(nearMatchesStopped(c.line));
      break;
    }
    for (const near of findNearMatches(c.name, tierNames, budget)) {
      const target = tierByName.get(near.candidate);
      suggestedMerges.push({ a: near.candidate, b: c.name, kind: near.kind, reason: near.reason, aLine: target?.line ?? 0, bLine: c.line, conflict: null });
    }
  }
  return { companies, suggestedMerges, warnings, byKey };
}

/**
 * How the tier-list annotations of `company` disagree with its latest application, or null. The
 * pipeline is the more detailed record, so it wins; the reasons say what the tier list claimed.
 */
export function describeConflict(
  company: Pick<TTierCompany, "rejected" | "applied" | "assessment" | "revival" | "noOpening" | "line">,
  application: TParsedApplication,
): TNotesMessage[] | null {
  const reasons: TNotesMessage[] = [];
  // The step the pipeline ends at, as the notes write it (`笔试`, `二面` …).
  const step = application.events.at(-1)?.label ?? "?";
  if (company.rejected && application.outcome !== Outcome.REJECTED && !company.revival) {
    reasons.push(application.outcome === Outcome.OFFER
      ? { key: "conflicts.markedRejectedButOffer", params: {} }
      : { key: "conflicts.markedRejectedButActive", params: { step } });
  }
  if ((company.applied || company.assessment) && !company.rejected && application.outcome === Outcome.REJECTED) {
    reasons.push({ key: "conflicts.markedInProgressButRejected", params: { mark: company.assessment ? "测评" : "投", step } });
  }
  const reachedAssessment = application.events.some((e) => compareStages(e.stage, Stage.ASSESSMENT) >= 0);
  if (company.assessment && application.outcome === Outcome.ACTIVE && !reachedAssessment) {
    reasons.push({ key: "conflicts.assessmentButEarlier", params: { step } });
  }
  if (company.noOpening) reasons.push({ key: "conflicts.noOpeningButApplied", params: {} });
  if (reasons.length === 0) return null;
  reasons.push({ key: "conflicts.pipelineWins", params: { tierLine: company.line } });
  return reasons;
}

/** Conflicts between tier-list annotations and the latest application of the same company. */
export function findConflicts(
  byKey: ReadonlyMap<string, TParsedCompany>,
  applications: readonly TParsedApplication[],
): TConflict[] {
  const latest = new Map<TParsedCompany, TParsedApplication>();
  for (const app of applications) {
    const company = byKey.get(app.normalizedName);
    const prev = company ? latest.get(company) : undefined;
    if (company && company.tier !== null && (!prev || prev.line < app.line)) latest.set(company, app);
  }
  const conflicts: TConflict[] = [];
  for (const [company, app] of latest) {
    const reasons = describeConflict(company, app);
    if (reasons) conflicts.push({ companyName: company.name, reasons, line: app.line });
  }
  return conflicts;
}
