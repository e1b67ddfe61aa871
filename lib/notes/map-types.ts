/**
 * Types of the import "map" step (`planImport`): parsed notes + the user's existing rows → what to
 * create, update or leave alone. Pure data; `lib/services/import.ts` loads and writes it.
 */
import type { TApplicationState, TNewStageEvent, TStageEvent } from "@/lib/applications/types";
import type { Outcome, SetKind, Tier } from "@/lib/generated/prisma/enums";

import type { TConflict, TParsedQuestion, TSuggestedMerge, TWarning } from "./types";

export type TExistingCompany = TCompanyData & { id: string };

export type TExistingQuestion = TQuestionData & {
  id: string;
  /**
   * The content hash of what the last import wrote for this question (contentHash when unknown).
   * Editing a question in the app changes contentHash, not this: so a re-import of the same file
   * recognises the question and leaves the person's edit alone.
   */
  importedHash: string;
};

export type TExistingSet = {
  id: string;
  slug: string;
  title: string;
  kind: SetKind;
  notes: string;
  questions: TExistingQuestion[];
};

export type TExistingEvent = TStageEvent & { id: string; notes: string };

export type TExistingApplication = {
  id: string;
  companyId: string;
  outcome: Outcome;
  closedAt: Date | null;
  createdAt: Date;
  events: TExistingEvent[];
};

export type TExistingData = {
  companies: TExistingCompany[];
  sets: TExistingSet[];
  applications: TExistingApplication[];
};

/** The person's answer to one suggested merge, by the two names as the preview showed them. */
export type TMergeDecision = { a: string; b: string; accept: boolean };

export type TCompanyData = {
  name: string;
  normalizedName: string;
  aliases: string[];
  tier: Tier | null;
  notes: string;
  revival: boolean;
  noOpening: boolean;
  /** Place in the tier list (1 = first listed); null for a company only the pipeline names. */
  tierListOrder: number | null;
};

export type TCompanyOp =
  | { kind: "create"; key: string; data: TCompanyData }
  | { kind: "update"; key: string; id: string; name: string; data: Partial<TCompanyData> }
  | { kind: "unchanged"; key: string; id: string };

export type TQuestionData = Omit<TParsedQuestion, "line">;

export type TSetData = { title: string; slug: string; kind: SetKind; notes: string; sortOrder: number };

export type TSetOp =
  | { kind: "create"; data: TSetData; questions: TQuestionData[] }
  | {
      kind: "update" | "unchanged";
      id: string;
      data: Partial<Omit<TSetData, "slug" | "sortOrder">>;
      createQuestions: TQuestionData[];
      updateQuestions: { id: string; data: Partial<TQuestionData> }[];
      unchangedQuestions: number;
      /** Every stored question the file's questions paired with → the file's content hash. */
      importedHashes: Record<string, string>;
    };

export type TNewEvent = TNewStageEvent & { notes: string };

/** A company of the plan: one already in the account, or one the plan creates (by its key). */
export type TCompanyRef = { id: string; key?: undefined } | { key: string; id?: undefined };

export type TApplicationOp =
  | { kind: "create"; company: TCompanyRef; state: TApplicationState; events: TNewEvent[] }
  | {
      kind: "update";
      id: string;
      state: TApplicationState;
      createEvents: TNewEvent[];
      updateEvents: { id: string; data: Partial<TNewEvent> }[];
    }
  | { kind: "unchanged"; id: string };

export type TPlanCounts = { sets: number; questions: number; companies: number; applications: number; stageEvents: number };

export type TMergeState = "ACCEPTED" | "REJECTED" | "PENDING";
/** A suggestion of the file, or between a file company and one already in the account (`existing`). */
export type TPlannedMerge = TSuggestedMerge & { decision: TMergeState; existing: boolean };

export type TImportPlan = {
  companies: TCompanyOp[];
  sets: TSetOp[];
  applications: TApplicationOp[];
  created: TPlanCounts;
  updated: TPlanCounts;
  unchanged: TPlanCounts;
  suggestedMerges: TPlannedMerge[];
  conflicts: TConflict[];
  warnings: TWarning[];
  /** Applications the tier list's annotations (投, 测评, X) state for companies the pipeline block does not list. */
  applicationsFromAnnotations: number;
  /** Nothing to write: the account already holds everything the file says. */
  nothingChanged: boolean;
};

export const emptyCounts = (): TPlanCounts => ({ sets: 0, questions: 0, companies: 0, applications: 0, stageEvents: 0 });
