// Stage order and labels: the one place that knows 投递 → 测评 → 笔试 → 面试 → offer (and 挂).

import { Outcome, Stage } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/config";
import { stages as enStages } from "@/lib/i18n/messages/en/stages";
import { stages as zhStages } from "@/lib/i18n/messages/zh/stages";

/** The t() of next-intl (useTranslations, getTranslations, translatorFor), as the round names need it. */
type TRoundTranslate = (key: "stages.round.interview" | "stages.round.other", values: { n: number }) => string;

/** Stages in pipeline order; index = progress. */
export const STAGE_ORDER: readonly Stage[] = [
  Stage.TO_APPLY,
  Stage.APPLIED,
  Stage.ASSESSMENT,
  Stage.WRITTEN_TEST,
  Stage.INTERVIEW,
  Stage.OFFER,
];

/** Stages that may hold several rounds (一面 → 二面, 性格测评 → 能力测评, 笔试 → 二笔). */
export const MULTI_ROUND_STAGES: readonly Stage[] = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW];

/** Stages whose event is an appointment: moving there asks for a date and time. */
export const DATED_STAGES: readonly Stage[] = [Stage.WRITTEN_TEST, Stage.INTERVIEW];

// The names themselves are in the dictionaries (messages/*/stages.ts), two small files that
// client code may bundle.
export const STAGE_LABELS: Record<TLocale, Record<Stage, string>> = { zh: zhStages.stage, en: enStages.stage };

export const OUTCOME_LABELS: Record<TLocale, Record<Outcome, string>> = { zh: zhStages.outcome, en: enStages.outcome };

export function stageLabel(stage: Stage, locale: TLocale): string {
  return STAGE_LABELS[locale][stage];
}

/**
 * A step's label worth showing beside its stage's name: "" when it only repeats that name in
 * either language (an imported `投递` step labelled 投递), else the label trimmed (一面, AI面试).
 */
export function extraLabel(stage: Stage, label: string): string {
  const trimmed = label.trim();
  const same = (name: string) => name.toLowerCase() === trimmed.toLowerCase();
  return same(STAGE_LABELS.zh[stage]) || same(STAGE_LABELS.en[stage]) ? "" : trimmed;
}

/** Position of a stage in STAGE_ORDER (TO_APPLY = 0 … OFFER = 5). */
export function stageIndex(stage: Stage): number {
  return STAGE_ORDER.indexOf(stage);
}

/** Negative when a comes before b, 0 when equal, positive when after. */
export function compareStages(a: Stage, b: Stage): number {
  return stageIndex(a) - stageIndex(b);
}


/**
 * A label for the next round of `stage` given how many rounds of it exist already:
 * 面试 → 一面, 二面, 三面 … (en: Round 1, Round 2 …). Other stages get "" for their first
 * round and 第N轮 / Round N after that.
 */
export function suggestRoundLabel(existingRounds: number, stage: Stage, t: TRoundTranslate): string {
  const n = Math.max(0, Math.floor(existingRounds)) + 1;
  if (stage === Stage.INTERVIEW) return t("stages.round.interview", { n });
  if (n === 1 || !MULTI_ROUND_STAGES.includes(stage)) return "";
  return t("stages.round.other", { n });
}

/** What a stage label in notes means: a stage, a rejection (`挂`), or nothing known. */
type TLabelMeaning = { kind: "STAGE"; stage: Stage } | { kind: "REJECTED" } | { kind: "UNKNOWN" };

const REJECTED = /^(?:挂|挂了|被拒|拒|拒信|凉|x|×|✗|✘|fail|failed|rejected)$/u;
const OFFER = /offer|^oc$|意向|签约|录用|三方/u;
const APPLIED = /^(?:投递|投|已投|网申|内推|申请|投简历)$/u;
const ASSESSMENT = /测评|性格测试|测试题/u;
const WRITTEN_TEST = /笔试|机试|^oj$|在线编程|编程题/u;
const INTERVIEW = /面/u;

/**
 * The one reader of a stage label: `投递` → APPLIED, `测评` → ASSESSMENT, `笔试` → WRITTEN_TEST,
 * anything with `面` (`一面`, `HR面`, `AI面试`, `加面`, `终面` …) → INTERVIEW, `offer` / `OC` /
 * `意向` → OFFER, `挂` → rejected.
 */
export function meaningOfLabel(label: string): TLabelMeaning {
  const l = label.normalize("NFKC").trim().toLowerCase();
  if (REJECTED.test(l)) return { kind: "REJECTED" };
  if (OFFER.test(l)) return { kind: "STAGE", stage: Stage.OFFER };
  if (APPLIED.test(l)) return { kind: "STAGE", stage: Stage.APPLIED };
  if (ASSESSMENT.test(l)) return { kind: "STAGE", stage: Stage.ASSESSMENT };
  if (WRITTEN_TEST.test(l)) return { kind: "STAGE", stage: Stage.WRITTEN_TEST };
  if (INTERVIEW.test(l)) return { kind: "STAGE", stage: Stage.INTERVIEW };
  return { kind: "UNKNOWN" };
}
