import { findNearMatches, NEAR_MATCH_PAIR_BUDGET, nearCandidates, normalizeCompanyName } from "@/lib/companies/normalize-name";

import type {
  TCompanyData,
  TCompanyOp,
  TCompanyRef,
  TExistingCompany,
  TMergeDecision,
  TMergeState,
  TPlannedMerge,
} from "./map-types";
import { nearMatchesStopped } from "./merge-companies";
import type { TConflict, TParsedCompany, TSuggestedMerge, TWarning } from "./types";

const FLAG_ANNOTATION = /^(?:x|×|✗|✘|挂|挂了|拒|凉|投|投递|已投|网申|内推|测评|待测评|复活甲|无|无岗|没岗|无hc)$/iu;

/** Annotations the flags do not carry (dates like `3.6`, unknown ones), kept in the company's notes. */
function annotationNote(company: Pick<TParsedCompany, "annotations">): string {
  return company.annotations.filter((a) => !FLAG_ANNOTATION.test(a.normalize("NFKC").trim())).join("，");
}

/** Name pairs the account already treats as one company, for `parseNotes({ confirmedAliases })`. */
export function confirmedAliasesOf(companies: readonly TExistingCompany[]): [string, string][] {
  return companies.flatMap((c) => c.aliases.map((alias): [string, string] => [c.name, alias]));
}

type TGroup = { company: TParsedCompany; names: string[]; pipelineLines: number[] };

type TCompanyMapping = {
  ops: TCompanyOp[];
  merges: TPlannedMerge[];
  conflicts: TConflict[];
  warnings: TWarning[];
  /** Any spelling of a file company (normalized) → the company it became. */
  resolve: (name: string) => TCompanyRef | null;
};

function decisionOf(decisions: readonly TMergeDecision[], a: string, b: string): TMergeState {
  const d = decisions.find((x) => x.a === a && x.b === b);
  return d ? (d.accept ? "ACCEPTED" : "REJECTED") : "PENDING";
}

function indexExisting(existing: readonly TExistingCompany[]): Map<string, TExistingCompany> {
  const byKey = new Map<string, TExistingCompany>();
  for (const c of existing) byKey.set(c.normalizedName, c);
  for (const c of existing) {
    for (const alias of c.aliases) {
      const key = normalizeCompanyName(alias);
      if (!byKey.has(key)) byKey.set(key, c);
    }
  }
  return byKey;
}

function updateFor(group: TGroup, db: TExistingCompany, tierListOrder: number | null): Partial<TCompanyData> {
  const data: Partial<TCompanyData> = {};
  // The place the company was first listed at stays; one imported before it was kept gets it.
  if (db.tierListOrder === null && tierListOrder !== null) data.tierListOrder = tierListOrder;
  const { company } = group;
  if (company.tier !== null && company.tier !== db.tier) data.tier = company.tier;
  const known = new Set([db.normalizedName, ...db.aliases.map(normalizeCompanyName)]);
  const added = group.names.filter((n) => {
    const key = normalizeCompanyName(n);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  if (added.length > 0) data.aliases = [...db.aliases, ...added];
  if (company.revival && !db.revival) data.revival = true;
  if (company.noOpening && !db.noOpening) data.noOpening = true;
  const note = annotationNote(company);
  if (note !== "" && !db.notes.includes(note)) data.notes = db.notes === "" ? note : `${db.notes}\n${note}`;
  return data;
}

function createFor(group: TGroup, tierListOrder: number | null): TCompanyData {
  const { company } = group;
  const seen = new Set([company.normalizedName]);
  const aliases = group.names.filter((n) => {
    const key = normalizeCompanyName(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    name: company.name,
    normalizedName: company.normalizedName,
    aliases,
    tier: company.tier,
    notes: annotationNote(company),
    revival: company.revival,
    noOpening: company.noOpening,
    tierListOrder,
  };
}

/**
 * File companies → creates/updates against the account's companies (normalized name + aliases).
 * Near matches are never merged unless the person accepted the suggestion; a suggestion between two
 * companies the account already keeps apart was answered before and is not asked again.
 */
export function mapCompanies(
  companies: readonly TParsedCompany[],
  suggestions: readonly TSuggestedMerge[],
  existing: readonly TExistingCompany[],
  decisions: readonly TMergeDecision[],
): TCompanyMapping {
  const dbByKey = indexExisting(existing);
  const groups: TGroup[] = companies.map((c) => ({ company: c, names: [c.name, ...c.aliases], pipelineLines: [...c.pipelineLines] }));
  const groupByKey = new Map<string, TGroup>();
  for (const g of groups) for (const n of g.names) groupByKey.set(normalizeCompanyName(n), g);

  const merges: TPlannedMerge[] = [];
  const conflicts: TConflict[] = [];
  const warnings: TWarning[] = [];
  for (const s of suggestions) {
    const dbA = dbByKey.get(normalizeCompanyName(s.a));
    const dbB = dbByKey.get(normalizeCompanyName(s.b));
    if (dbA && dbB && dbA.id !== dbB.id) continue;
    const decision = decisionOf(decisions, s.a, s.b);
    merges.push({ ...s, decision, existing: false });
    const ga = groupByKey.get(normalizeCompanyName(s.a));
    const gb = groupByKey.get(normalizeCompanyName(s.b));
    if (decision !== "ACCEPTED" || !ga || !gb || ga === gb) continue;
    for (const name of gb.names) ga.names.push(name);
    for (const line of gb.pipelineLines) ga.pipelineLines.push(line);
    for (const n of gb.names) groupByKey.set(normalizeCompanyName(n), ga);
    groups.splice(groups.indexOf(gb), 1);
    if (s.conflict) conflicts.push({ companyName: s.a, reasons: s.conflict, line: s.bLine });
  }

  const matchOf = new Map<TGroup, TExistingCompany>();
  for (const g of groups) {
    const hit = g.names.map((n) => dbByKey.get(normalizeCompanyName(n))).find((c) => c !== undefined);
    if (hit) matchOf.set(g, hit);
  }
  const taken = new Set([...matchOf.values()].map((c) => c.id));
  const free = existing.filter((c) => !taken.has(c.id));
  const freeNames = nearCandidates(free.map((c) => c.name));
  const freeByName = new Map<string, TExistingCompany>();
  for (const c of free) if (!freeByName.has(c.name)) freeByName.set(c.name, c);
  const budget = { pairsLeft: NEAR_MATCH_PAIR_BUDGET };
  for (const g of groups) {
    if (matchOf.has(g) || free.length === 0) continue;
    if (budget.pairsLeft <= 0) {
      warnings.push(nearMatchesStopped(g.company.line));
      break;
    }
    for (const near of findNearMatches(g.company.name, freeNames, budget)) {
      const decision = decisionOf(decisions, near.candidate, g.company.name);
      merges.push({
        a: near.candidate, b: g.company.name, kind: near.kind, reason: near.reason,
        aLine: 0, bLine: g.company.line, conflict: null, decision, existing: true,
      });
      const target = freeByName.get(near.candidate);
      if (decision === "ACCEPTED" && target && !matchOf.has(g)) matchOf.set(g, target);
    }
  }

  // The tier list's companies come first, in the order the notes list them (parse-notes).
  const listed = new Map(groups.filter((g) => g.company.source !== "PIPELINE").map((g, index) => [g, index + 1]));
  const orderOf = (g: TGroup) => listed.get(g) ?? null;
  const ops: TCompanyOp[] = [];
  const refByGroup = new Map<TGroup, TCompanyRef>();
  const claimed = new Map<string, TGroup>();
  for (const g of groups) {
    const db = matchOf.get(g);
    if (!db) {
      const data = createFor(g, orderOf(g));
      ops.push({ kind: "create", key: data.normalizedName, data });
      refByGroup.set(g, { key: data.normalizedName });
      continue;
    }
    const first = claimed.get(db.id);
    if (first) {
      warnings.push({ key: "warnings.sameStoredCompany", params: { a: g.company.name, b: first.company.name, stored: db.name }, line: g.company.line });
      refByGroup.set(g, { id: db.id });
      continue;
    }
    claimed.set(db.id, g);
    const data = updateFor(g, db, orderOf(g));
    ops.push(Object.keys(data).length > 0 ? { kind: "update", key: db.normalizedName, id: db.id, name: db.name, data } : { kind: "unchanged", key: db.normalizedName, id: db.id });
    refByGroup.set(g, { id: db.id });
  }

  const resolve = (name: string): TCompanyRef | null => {
    const g = groupByKey.get(normalizeCompanyName(name));
    return g ? (refByGroup.get(g) ?? null) : null;
  };
  return { ops, merges, conflicts, warnings, resolve };
}
