/**
 * Types of the interview-notes parser (`parseNotes`). All dates are real `Date`s (UTC instants);
 * all line numbers are 1-based lines of the input text (after a BOM is removed).
 * Tiers, set kinds, stages, outcomes and results are the database's enums.
 */

import type { EventResult, Outcome, SetKind, Stage, Tier } from "@/lib/generated/prisma/enums";
import type { notes } from "@/lib/i18n/messages/zh/notes";

export type TParseOptions = {
  /** Season year: notes write dates without a year (`3.6`, `04-01 19:00`). */
  year: number;
  /** IANA zone the written dates/times are in. Default `Asia/Shanghai`. */
  timeZone?: string;
  /**
   * Name pairs the user confirmed as the same company (e.g. `["饿了么", "饿了吗"]`). A pair turns a
   * near-match suggestion into a merge. Without it, near matches are only suggested.
   */
  confirmedAliases?: ReadonlyArray<readonly [string, string]>;
};

type TNotes = typeof notes;

/** A key of the `notes` messages: `warnings.titleContinues`, `merges.similar` … */
type TNotesKey = { [A in keyof TNotes & string]: `${A}.${keyof TNotes[A] & string}` }[keyof TNotes & string];

/**
 * What the import says, as a key of the `notes` messages and the values of its placeholders:
 * the parser builds no sentences, the preview and the CLI put these into the reader's language.
 */
export type TNotesMessage = { key: TNotesKey; params: Record<string, string | number> };

export type TWarning = TNotesMessage & { line: number };

export type TParsedQuestion = {
  /** The number as written (`"26"`), `null` for checklist items. Numbering may repeat or skip. */
  number: string | null;
  /** 0-based position in the set (document order). */
  position: number;
  /** Title without `<u>`, `**` wrappers and ⭐; a placeholder's title is always `"？"`. */
  title: string;
  /** The answer as Markdown, its list indentation removed. */
  answerMd: string;
  /** Number of ⭐, clamped to 0–3. */
  stars: number;
  /** `N. ?` / `N. ？` / `N.` (only punctuation): a question still to write. */
  placeholder: boolean;
  /** sha256 hex of the canonical form, see `questionContentHash`. */
  contentHash: string;
  line: number;
};

export type TParsedSet = {
  /** 0-based order among the sets (use as `sortOrder`). */
  index: number;
  /** The heading as written, e.g. `1 Transformer`. */
  title: string;
  /** The heading without its leading numbering token, e.g. `Transformer`. */
  displayTitle: string;
  /** ASCII-safe, derived from `displayTitle` only, deduped in document order with `-2`, `-3`. */
  slug: string;
  kind: SetKind;
  /** 1 for `#`, 2 for `##`. */
  level: 1 | 2;
  line: number;
  questions: TParsedQuestion[];
  /** Text of the section that belongs to no question (loose paragraphs), as Markdown. */
  notes: string;
};

/** A company as written in the tier list (`# N+1`). */
export type TTierCompany = {
  name: string;
  normalizedName: string;
  tier: Tier;
  /** `X` / `挂`. */
  rejected: boolean;
  /** `投` / `投递`. */
  applied: boolean;
  /** `测评`. */
  assessment: boolean;
  /** `复活甲`. */
  revival: boolean;
  /** `无`. */
  noOpening: boolean;
  /** `3.6`-style dates, 00:00 local time in the season's year. */
  dates: Date[];
  /** Annotations none of the rules above understood, kept verbatim. */
  unknownAnnotations: string[];
  /** Every annotation as written, in order. */
  annotations: string[];
  line: number;
};

type TCompanySource = "TIER_LIST" | "PIPELINE" | "BOTH";

/**
 * A company of the merged list: tier-list companies plus companies only the pipeline block names
 * (those have `tier: null` and all annotation flags false).
 */
export type TParsedCompany = Omit<TTierCompany, "tier"> & {
  tier: Tier | null;
  source: TCompanySource;
  /** Other spellings merged into this company (exact normalized matches or confirmed aliases). */
  aliases: string[];
  /** Lines of the pipeline block entries for this company. */
  pipelineLines: number[];
};

export type TStageEvent = {
  stage: Stage;
  /** The stage as written: `投递`, `二面`, `AI面试`, `面试` … */
  label: string;
  /** `(04-01 19:00)` in the season's year and time zone; `null` when not written. */
  scheduledAt: Date | null;
  /** Earlier stages PASSED; the last one PENDING, FAILED when rejected, PASSED for an offer. */
  result: EventResult;
  /** Anything in the stage's parentheses that is not a date/time. */
  notes: string;
  line: number;
};

export type TParsedApplication = {
  companyName: string;
  normalizedName: string;
  events: TStageEvent[];
  outcome: Outcome;
  /** Stage of the last event when the entry ends in `挂` (or for `**面试挂：**`), else `null`. */
  rejectedAtStage: Stage | null;
  /** The entry ended with `】`. */
  closed: boolean;
  /** Parts of the entry that were not understood (also reported as warnings). */
  notes: string[];
  line: number;
};

export type TSuggestedMerge = {
  /** The tier-list spelling. */
  a: string;
  /** The pipeline spelling. */
  b: string;
  kind: "ALIAS" | "CONTAINS" | "SIMILAR";
  reason: TNotesMessage;
  aLine: number;
  bLine: number;
  /** What would conflict if the two were merged (pipeline wins), else `null`. */
  conflict: TNotesMessage[] | null;
};

/** Where the file contradicts itself about a company: what each place says, in order. */
export type TConflict = { companyName: string; reasons: TNotesMessage[]; line: number };

export type TParsedNotes = {
  sets: TParsedSet[];
  companies: TParsedCompany[];
  applications: TParsedApplication[];
  suggestedMerges: TSuggestedMerge[];
  conflicts: TConflict[];
  warnings: TWarning[];
  /** Non-blank text before the first heading (belongs to no set; also warned about). */
  preambleMd: string;
};

export type TNotesSummary = {
  sets: number;
  /** Every question item: placeholders and checklist items included. */
  questions: number;
  placeholders: number;
  /** Questions with at least one ⭐. */
  starred: number;
  /** Companies of the merged list (tier list + pipeline-only). */
  companies: number;
  /** Companies of the tier list, per tier. */
  companiesByTier: Record<Tier, number>;
  tierListCompanies: number;
  pipelineOnlyCompanies: number;
  applications: number;
  stageEvents: number;
  suggestedMerges: number;
  conflicts: number;
  warnings: number;
};
