// The funnel of each tier and the tier portfolio (untouched, active, offer, 挂 per tier) as tables,
// with a warning when every active application is at an S or A company.
import { TierBadge } from "@/components/companies/labels";
import { stageLabel } from "@/lib/applications/stages";
import type { TTierFunnel, TTierPortfolio } from "@/lib/applications/funnel";
import type { TLocale } from "@/lib/i18n/config";
import type { TTranslate } from "@/lib/i18n/types";

type TProps = { funnels: readonly TTierFunnel[]; portfolio: TTierPortfolio; locale: TLocale; t: TTranslate };

const PORTFOLIO_COLUMNS = ["untouched", "active", "offer", "rejected"] as const;

export function TierTables({ funnels, portfolio, locale, t }: TProps) {
  const stages = funnels[0]?.steps.map((step) => step.stage) ?? [];
  return (
    <section aria-labelledby="tiers-title" className="dash-panel">
      <h2 id="tiers-title" className="font-semibold">
        {t("dashboard.tiers.title")}
      </h2>
      {funnels.length > 0 ? (
        // A phone scrolls the wide table sideways inside its box, not the page.
        <div className="tier-scroll" role="region" aria-labelledby="tiers-title" tabIndex={0}>
          <table className="tier-table" data-testid="tier-funnel">
            <caption className="dash-sub text-left">{t("dashboard.tiers.funnelDescription")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.tiers.tier")}</th>
                {stages.map((stage) => (
                  <th key={stage} scope="col">
                    {stageLabel(stage, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {funnels.map((funnel) => (
                <tr key={funnel.tier} data-tier={funnel.tier}>
                  <th scope="row">
                    <TierBadge tier={funnel.tier === "NONE" ? null : funnel.tier} />
                  </th>
                  {funnel.steps.map((step) => (
                    <td key={step.stage}>
                      {step.reached}
                      {step.rejected > 0 ? <small className="text-destructive"> ({step.rejected})</small> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <table className="tier-table" data-testid="tier-portfolio">
        <caption className="dash-sub text-left">
          <b className="text-foreground">{t("dashboard.tiers.portfolioTitle")}</b> · {t("dashboard.tiers.portfolioDescription")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.tiers.tier")}</th>
            {PORTFOLIO_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`dashboard.tiers.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {portfolio.lines.map((line) => (
            <tr key={line.tier} data-tier={line.tier}>
              <th scope="row">
                <TierBadge tier={line.tier === "NONE" ? null : line.tier} />
              </th>
              {PORTFOLIO_COLUMNS.map((column) => (
                <td key={column} data-column={column}>
                  {line[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {portfolio.allTop ? (
        <p role="status" className="tier-warn" data-testid="tier-warning">
          {t("dashboard.tiers.allTop")}
        </p>
      ) : null}
    </section>
  );
}
