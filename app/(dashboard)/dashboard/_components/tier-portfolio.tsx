// The tier portfolio (untouched, active, offer, 挂 per tier, by each company's latest application)
// as stacked bars with the same numbers as a table, and a warning when every active application
// is at an S or A company.
import { BarChart } from "@/components/charts/bar-chart";
import { TierBadge } from "@/components/companies/labels";
import type { TTierPortfolio } from "@/lib/applications/funnel";
import type { TLocale } from "@/lib/i18n/config";
import type { TTranslate } from "@/lib/i18n/types";

import { DashPanel } from "./dash-panel";
import { ChartLegend, LABEL_WIDTH, SERIES_COLOR, TableDisclosure, tierName } from "./chart-parts";

type TProps = { portfolio: TTierPortfolio; locale: TLocale; t: TTranslate };

const COLUMNS = ["untouched", "active", "offer", "rejected"] as const;
/** A row of bars per tier, and the axis under them. */
const rowsHeight = (rows: number) => rows * 34 + 32;

export function TierPortfolio({ portfolio, locale, t }: TProps) {
  const series = COLUMNS.map((column) => ({ name: t(`dashboard.tiers.${column}`), color: SERIES_COLOR[column] }));
  return (
    <DashPanel titleId="tier-portfolio-title" title={t("dashboard.tiers.portfolioTitle")} description={t("dashboard.tiers.portfolioDescription")} data-testid="tier-portfolio-panel">
      <ChartLegend series={series} />
      <BarChart
        testId="tier-portfolio-chart"
        height={rowsHeight(portfolio.lines.length)}
        rows={portfolio.lines.map((line) => ({ label: tierName(line.tier, t), values: COLUMNS.map((column) => line[column]) }))}
        series={series}
        labelWidth={LABEL_WIDTH[locale].tier}
        title={t("dashboard.tiers.portfolioTitle")}
        summary={portfolio.lines.map((line) => t("dashboard.tiers.portfolioLine", { ...line, tier: tierName(line.tier, t) })).join(t("dashboard.tiers.separator"))}
      />
      {portfolio.allTop ? (
        <p role="status" className="tier-warn" data-testid="tier-warning">
          {t("dashboard.tiers.allTop")}
        </p>
      ) : null}
      <TableDisclosure t={t}>
        <table className="tier-table" data-testid="tier-portfolio">
          <caption className="sr-only">{t("dashboard.tiers.portfolioDescription")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.tiers.tier")}</th>
              {COLUMNS.map((column) => (
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
                {COLUMNS.map((column) => (
                  <td key={column} data-column={column}>
                    {line[column]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableDisclosure>
    </DashPanel>
  );
}
