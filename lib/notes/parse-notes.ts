import { describeConflict, findConflicts, mergeCompanies } from "./merge-companies";
import { parseQuestionSection, topLevelIndent, type TSectionInput } from "./parse-questions";
import { baseSlugOf, dedupeSlugs, displayTitleOf, splitSections } from "./parse-sections";
import { isTrackerSection, parseTrackerSection } from "./parse-tracker";
import { computeLiteralBlocks, joinTrimmedLines, splitLines } from "./text-utils";
import { assertTimeZone, DEFAULT_TIME_ZONE } from "@/lib/dates/zone";
import { MARKDOWN_MAX_DEPTH, markdownNestingDepth } from "@/lib/validation/markdown-limits";
import type { TConflict, TParsedApplication, TParsedCompany, TParsedNotes, TParsedSet, TParseOptions, TTierCompany, TWarning } from "./types";

function checkOptions(options: TParseOptions): string {
  if (!Number.isInteger(options.year) || options.year < 1970 || options.year > 9999) {
    throw new RangeError(`parseNotes: year must be an integer from 1970 to 9999, got ${options.year}`);
  }
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(timeZone);
  return timeZone;
}

/**
 * Answers and set notes nested deeper than the app formats are kept as written, shown as plain
 * text, and refused when edited until flattened: the import says so, with the line.
 */
function warnDeepMarkdown(sets: readonly Omit<TParsedSet, "slug">[], warnings: TWarning[]): void {
  const check = (text: string, line: number, warning: Pick<TWarning, "key" | "params">) => {
    const depth = markdownNestingDepth(text);
    if (depth <= MARKDOWN_MAX_DEPTH) return;
    warnings.push({ key: warning.key, params: { ...warning.params, depth, max: MARKDOWN_MAX_DEPTH }, line });
  };
  for (const set of sets) {
    check(set.notes, set.line, { key: "warnings.setNotesTooDeep", params: { set: set.title.slice(0, 40) } });
    for (const q of set.questions) check(q.answerMd, q.line, { key: "warnings.answerTooDeep", params: { questionLine: q.line } });
  }
}

/**
 * Parses interview notes (Typora-style Markdown) into question sets, the tier list's companies and
 * the pipeline block's applications. Pure: no I/O, same input → same output. Throws only for
 * invalid options; anything in the text it does not understand becomes a warning.
 */
export function parseNotes(text: string, options: TParseOptions): TParsedNotes {
  const timeZone = checkOptions(options);
  const warnings: TWarning[] = [];
  const ctx = { year: options.year, timeZone, warnings };
  const lines = splitLines(text);
  const blockOf = computeLiteralBlocks(lines, warnings);
  const { preambleEnd, sections } = splitSections(lines, blockOf);

  const preambleMd = joinTrimmedLines(lines.slice(0, preambleEnd).map((l) => l.text));
  if (preambleMd !== "") {
    const first = lines.slice(0, preambleEnd).find((l) => l.text.trim() !== "");
    warnings.push({ key: "warnings.preamble", params: {}, line: first?.no ?? 1 });
  }

  const sets: Omit<TParsedSet, "slug">[] = [];
  const tierCompanies: TTierCompany[] = [];
  const applications: TParsedApplication[] = [];
  const conflicts: TConflict[] = [];
  for (const section of sections) {
    const input: TSectionInput = { lines, blockOf, start: section.start, end: section.end, warnings };
    if (topLevelIndent(input) === null && isTrackerSection(input, ctx)) {
      const tracker = parseTrackerSection(input, ctx);
      for (const company of tracker.tierCompanies) tierCompanies.push(company);
      for (const application of tracker.applications) applications.push(application);
      for (const conflict of tracker.conflicts) conflicts.push(conflict);
      continue;
    }
    if (section.title === "") warnings.push({ key: "warnings.untitledHeading", params: {}, line: section.line });
    const parsed = parseQuestionSection(input);
    sets.push({
      index: sets.length,
      title: section.title,
      displayTitle: displayTitleOf(section.title),
      kind: parsed.kind,
      level: section.level,
      line: section.line,
      questions: parsed.questions,
      notes: parsed.notes,
    });
  }
  warnDeepMarkdown(sets, warnings);
  const slugs = dedupeSlugs(sets.map((s) => baseSlugOf(s.displayTitle)));

  const pipelineCompanies = applications.map((a) => ({ name: a.companyName, line: a.line }));
  const merged = mergeCompanies(tierCompanies, pipelineCompanies, { confirmedAliases: options.confirmedAliases });
  for (const warning of merged.warnings) warnings.push(warning);
  for (const conflict of findConflicts(merged.byKey, applications)) conflicts.push(conflict);
  const tierCompanyByName = new Map<string, TParsedCompany>();
  for (const c of merged.companies) if (c.tier !== null && !tierCompanyByName.has(c.name)) tierCompanyByName.set(c.name, c);
  const latestAppByName = new Map(applications.map((a) => [a.companyName, a]));
  for (const suggestion of merged.suggestedMerges) {
    const tierCompany = tierCompanyByName.get(suggestion.a);
    const app = latestAppByName.get(suggestion.b);
    suggestion.conflict = tierCompany && app ? describeConflict(tierCompany, app) : null;
  }

  return {
    sets: sets.map((s, i) => ({ ...s, slug: slugs[i] ?? `set-${i + 1}` })),
    companies: merged.companies,
    applications,
    suggestedMerges: merged.suggestedMerges,
    conflicts: conflicts.sort((a, b) => a.line - b.line),
    warnings: warnings.sort((a, b) => a.line - b.line),
    preambleMd,
  };
}
