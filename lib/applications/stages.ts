// Stage order and labels: the one place that knows 投递 → 测评 → 笔试 → 面试 → offer (and 挂).

import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { stages as enStages } from "@/lib/i18n/messages/en/stages";
import { stages as zhStages } from "@/lib/i18n/messages/zh/stages";

/** The t() of next-intl (useTranslations, getTranslations, translatorFor), as the round names need it. */
type TRoundTranslate = (key: "stages.round.interview" | "stages.round.other", values: { n: number }) => string;

export type TLocale = "zh" | "en";
export type TLocalized = { zh: string; en: string };

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

export const EVENT_RESULT_LABELS: Record<TLocale, Record<EventResult, string>> = { zh: zhStages.result, en: enStages.result };

export function stageLabel(stage: Stage, locale: TLocale): string {
  return STAGE_LABELS[locale][stage];
}

/** Position of a stage in STAGE_ORDER (TO_APPLY = 0 … OFFER = 5). */
export function stageIndex(stage: Stage): number {
  return STAGE_ORDER.indexOf(stage);
}

/** Negative when a comes before b, 0 when equal, positive when after. */
export function compareStages(a: Stage, b: Stage): number {
  return stageIndex(a) - stageIndex(b);
}

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGE_ORDER as readonly string[]).includes(value);
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

const REJECTION_TOKENS = new Set(["挂", "x", "rejected", "reject", "fail", "failed"]);

/** True for the tokens that mean 挂 in notes and forms: 挂, X, rejected. */
export function isRejectionText(text: string): boolean {
  return REJECTION_TOKENS.has(text.trim().toLowerCase());
}

/**
 * Reads a stage from a label as written in notes or forms (zh or en, any case):
 * 待投递, 投递/投, 测评, 笔试/机试, 面试/一面/HR面/AI面试/终面, offer/OC/意向书, and the English labels.
 * Returns null for anything else (including 挂, see isRejectionText).
 */
export function stageFromText(text: string): Stage | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (t === "") return null;
  for (const stage of STAGE_ORDER) {
    if (t === STAGE_LABELS.zh[stage].toLowerCase() || t === STAGE_LABELS.en[stage].toLowerCase()) return stage;
  }
  if (t === "投" || t === "已投" || t.startsWith("投递") || t === "网申") return Stage.APPLIED;
  if (t.includes("测评") || t === "assessment test" || t === "online assessment" || t === "oa") {
    return Stage.ASSESSMENT;
  }
  if (t.includes("笔试") || t.includes("机试") || t === "written exam" || t === "coding test") {
    return Stage.WRITTEN_TEST;
  }
  if (t.includes("offer") || t === "oc" || t.includes("意向书")) return Stage.OFFER;
  if (t.endsWith("面") || t.includes("面试") || t.includes("interview")) return Stage.INTERVIEW;
  return null;
}
