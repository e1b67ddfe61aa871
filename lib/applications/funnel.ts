// The dashboard's funnel (all tiers and each tier apart) and the tier portfolio: pure, from the
// counts its one statement reads (applications by tier, stage and outcome; companies by tier and
// their latest application's stage and outcome, the keys the companies table filters on).
import { STAGE_ORDER, stageIndex } from "@/lib/applications/stages";
import { Outcome, Stage, type Tier } from "@/lib/generated/prisma/enums";

export type TTierKey = Tier | "NONE";
/** Applications of companies not archived, counted by (stage, outcome). */
export type TStageCount = { stage: Stage; outcome: Outcome; n: number };
export type TTierCount = TStageCount & { tier: TTierKey };
/** Companies of a tier by their latest application's stage and outcome (both null without one). */
export type TCompanyKeyCount = { tier: TTierKey; stage: Stage | null; outcome: Outcome | null; n: number };
export type TFunnelStep = { stage: Stage; reached: number; rejected: number };
export type TTierFunnel = { tier: TTierKey; steps: TFunnelStep[] };
type TPortfolioLine = { tier: TTierKey; untouched: number; active: number; offer: number; rejected: number };
/** One line per tier with companies; `allTop` when every active application is at an S or A company. */
export type TTierPortfolio = { lines: TPortfolioLine[]; allTop: boolean };

const TIER_KEYS: readonly TTierKey[] = ["S", "A", "B", "C", "N", "NONE"];
const TOP_TIERS: readonly TTierKey[] = ["S", "A"];
/** The funnel's steps: 投递 → 测评 → 笔试 → 面试 → offer. */
const FUNNEL_STAGES: readonly Stage[] = STAGE_ORDER.filter((stage) => stage !== Stage.TO_APPLY);

const sum = <T extends { n: number }>(rows: readonly T[], keep: (row: T) => boolean) =>
  rows.filter(keep).reduce((total, row) => total + row.n, 0);

/**
 * The funnel from applications counted by (stage, outcome): an application counts in its own
 * stage and every step before it (an application at 面试 was also 投递'd), 挂 at the stage it
 * ended in. Applications still at 待投递 are not in the funnel.
 */
export function buildFunnel(rows: readonly TStageCount[]): TFunnelStep[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    reached: sum(rows, (row) => stageIndex(row.stage) >= stageIndex(stage)),
    rejected: sum(rows, (row) => row.stage === stage && row.outcome === Outcome.REJECTED),
  }));
}

/** The funnel of each tier with an application past 待投递, in tier order. */
export function buildTierFunnels(rows: readonly TTierCount[]): TTierFunnel[] {
  return TIER_KEYS.map((tier) => ({ tier, steps: buildFunnel(rows.filter((row) => row.tier === tier)) })).filter(
    (funnel) => funnel.steps[0]!.reached > 0,
  );
}

/**
 * Per tier with companies: untouched (no application, or one still 待投递 and active), active
 * (past 待投递), offer and 挂, by each company's latest application, as the companies table
 * filters them; 放弃 counts in none of them.
 */
export function buildTierPortfolio(rows: readonly TCompanyKeyCount[]): TTierPortfolio {
  const lines = TIER_KEYS.filter((tier) => rows.some((row) => row.tier === tier && row.n > 0)).map((tier) => {
    const own = rows.filter((row) => row.tier === tier);
    const open = (row: TCompanyKeyCount) => (row.outcome ?? Outcome.ACTIVE) === Outcome.ACTIVE;
    return {
      tier,
      untouched: sum(own, (row) => open(row) && (row.stage ?? Stage.TO_APPLY) === Stage.TO_APPLY),
      active: sum(own, (row) => open(row) && (row.stage ?? Stage.TO_APPLY) !== Stage.TO_APPLY),
      offer: sum(own, (row) => row.outcome === Outcome.OFFER),
      rejected: sum(own, (row) => row.outcome === Outcome.REJECTED),
    };
  });
  const activeIn = (top: boolean) =>
    lines.filter((line) => TOP_TIERS.includes(line.tier) === top).reduce((total, line) => total + line.active, 0);
  return { lines, allTop: activeIn(true) > 0 && activeIn(false) === 0 };
}
