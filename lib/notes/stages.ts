import type { TEventResult, TOutcome, TStage, TStageEvent } from "./types";

export const STAGE_ORDER: readonly TStage[] = ["APPLIED", "ASSESSMENT", "WRITTEN_TEST", "INTERVIEW", "OFFER"];

export function stageRank(stage: TStage): number {
  return STAGE_ORDER.indexOf(stage);
}

/** What a stage label in the notes means: a stage, a rejection (`挂`), or nothing known. */
export type TLabelMeaning = { kind: "STAGE"; stage: TStage } | { kind: "REJECTED" } | { kind: "UNKNOWN" };

const REJECTED = /^(?:挂|挂了|被拒|拒|拒信|凉|x|×|✗|✘|fail|failed|rejected)$/u;
const OFFER = /offer|^oc$|意向|签约|录用|三方/u;
const APPLIED = /^(?:投递|投|已投|网申|内推|申请|投简历)$/u;
const ASSESSMENT = /测评|性格测试|测试题/u;
const WRITTEN_TEST = /笔试|机试|^oj$|在线编程|编程题/u;
const INTERVIEW = /面/u;

/**
 * `投递` → APPLIED, `测评` → ASSESSMENT, `笔试` → WRITTEN_TEST, anything with `面` (`一面`, `HR面`,
 * `AI面试`, `加面`, `终面` …) → INTERVIEW, `offer` / `OC` / `意向` → OFFER, `挂` → rejected.
 */
export function meaningOfLabel(label: string): TLabelMeaning {
  const l = label.normalize("NFKC").trim().toLowerCase();
  if (REJECTED.test(l)) return { kind: "REJECTED" };
  if (OFFER.test(l)) return { kind: "STAGE", stage: "OFFER" };
  if (APPLIED.test(l)) return { kind: "STAGE", stage: "APPLIED" };
  if (ASSESSMENT.test(l)) return { kind: "STAGE", stage: "ASSESSMENT" };
  if (WRITTEN_TEST.test(l)) return { kind: "STAGE", stage: "WRITTEN_TEST" };
  if (INTERVIEW.test(l)) return { kind: "STAGE", stage: "INTERVIEW" };
  return { kind: "UNKNOWN" };
}

/**
 * Outcome and per-event results: an offer event means OFFER, a rejection means REJECTED at the
 * last stage; earlier events PASSED, the last one FAILED / PASSED (offer) / PENDING.
 */
export function settleEvents(
  events: TStageEvent[],
  rejected: boolean,
): { outcome: TOutcome; rejectedAtStage: TStage | null } {
  const last = events[events.length - 1];
  const outcome: TOutcome = rejected ? "REJECTED" : events.some((e) => e.stage === "OFFER") ? "OFFER" : "ACTIVE";
  events.forEach((event, i) => {
    let result: TEventResult = "PASSED";
    if (i === events.length - 1) result = outcome === "REJECTED" ? "FAILED" : outcome === "OFFER" ? "PASSED" : "PENDING";
    event.result = result;
  });
  return { outcome, rejectedAtStage: rejected && last ? last.stage : null };
}
