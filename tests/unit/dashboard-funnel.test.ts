import { describe, expect, it } from "vitest";

import { buildTierFunnels, buildTierPortfolio, type TCompanyKeyCount } from "@/lib/applications/funnel";

describe("tier portfolio", () => {
  const line = (tier: TCompanyKeyCount["tier"], stage: TCompanyKeyCount["stage"], outcome: TCompanyKeyCount["outcome"], n = 1) => ({ tier, stage, outcome, n });

  it("counts each tier's companies by their latest application; 放弃 in none of the columns", () => {
    const portfolio = buildTierPortfolio([
      line("S", null, null, 2),
      line("S", "TO_APPLY", "ACTIVE"),
      line("S", "INTERVIEW", "ACTIVE"),
      line("S", "OFFER", "OFFER"),
      line("S", "WRITTEN_TEST", "REJECTED"),
      line("S", "APPLIED", "WITHDRAWN"),
    ]);
    expect(portfolio).toEqual({ lines: [{ tier: "S", untouched: 3, active: 1, offer: 1, rejected: 1 }], allTop: true });
  });

  it("warns only when there are active applications and all of them are S or A", () => {
    expect(buildTierPortfolio([line("A", null, null), line("B", null, null)]).allTop).toBe(false);
    expect(buildTierPortfolio([line("A", "APPLIED", "ACTIVE"), line("NONE", "APPLIED", "OFFER")]).allTop).toBe(true);
    expect(buildTierPortfolio([line("A", "APPLIED", "ACTIVE"), line("NONE", "APPLIED", "ACTIVE")]).allTop).toBe(false);
    expect(buildTierPortfolio([]).lines).toEqual([]);
  });

  it("leaves tiers with nothing past 待投递 out of the tier funnels", () => {
    const funnels = buildTierFunnels([
      { tier: "B", stage: "TO_APPLY", outcome: "ACTIVE", n: 3 },
      { tier: "C", stage: "WRITTEN_TEST", outcome: "REJECTED", n: 1 },
    ]);
    expect(funnels.map((funnel) => [funnel.tier, funnel.steps.map((step) => step.reached)])).toEqual([["C", [1, 1, 1, 0, 0]]]);
    expect(funnels[0]!.steps[2]).toEqual({ stage: "WRITTEN_TEST", reached: 1, rejected: 1 });
  });
});
