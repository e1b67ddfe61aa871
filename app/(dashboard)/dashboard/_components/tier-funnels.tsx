// The funnel of each tier as small multiples (one bar chart per tier: applications that reached
// each step, the red end those that ended there in 挂), with the same numbers as a table.
import { BarChart } from "@/components/charts/bar-chart";
import { TierBadge } from "@/components/companies/labels";
import { stageLabel } from "@/lib/applications/stages";
import type { TTierFunnel } from "@/lib/applications/funnel";
import type { TLocale } from "@/lib/i18n/config";
import type { TTranslate } from "@/lib/i18n/types";

import { DashPanel } from "./dash-panel";
import { ChartLegend, LABEL_WIDTH, SERIES_COLOR, TableDisclosure, tierName } from "./chart-parts";

type TProps = { funnels: readonly TTierFunnel[]; locale: TLocale; t: TTranslate };

/** Five bars of 22 px with their gaps, and the axis under them. */
const CHART_HEIGHT = 168;

export function TierFunnels({ funnels, locale, t }: TProps) {
  const series = [
    { name: t("dashboard.tiers.notRejected"), color: SERIES_COLOR.active },
    { name: t("dashboard.tiers.rejectedHere"), color: SERIES_COLOR.rejected },
  ];
  const stages = funnels[0]?.steps.map((step) => step.stage) ?? [];
  return (
    <DashPanel titleId="tier-funnels-title" title={t("dashboard.tiers.funnelTitle")} description={t("dashboard.tiers.funnelDescription")} data-testid="tier-funnels">
      {funnels.length === 0 ? (
        <p className="dash-sub mt-4 rounded-lg border border-dashed p-6 text-center">{t("dashboard.funnelEmpty")}</p>
      ) : (
        <>
          <ChartLegend series={series} />
          <div className="tier-multiples">
            {funnels.map(({ tier, steps }) => (
              <figure key={tier} data-tier={tier}>
                <figcaption>
                  <TierBadge tier={tier === "NONE" ? null : tier} />
                  <span>{t("dashboard.tiers.funnelCaption", { applied: steps[0]?.reached ?? 0, offer: steps.at(-1)?.reached ?? 0 })}</span>
                </figcaption>
                <BarChart
                  testId="tier-funnel-chart"
                  height={CHART_HEIGHT}
                  rows={steps.map((step) => ({ label: stageLabel(step.stage, locale), values: [step.reached - step.rejected, step.rejected] }))}
                  series={series}
                  labelWidth={LABEL_WIDTH[locale].stage}
                  title={t("dashboard.tiers.funnelChart", { tier: tierName(tier, t) })}
                  summary={steps
                    .map((step) => t("dashboard.tiers.funnelStep", { stage: stageLabel(step.stage, locale), reached: step.reached, rejected: step.rejected }))
                    .join(t("dashboard.tiers.separator"))}
                />
              </figure>
            ))}
          </div>
          <TableDisclosure t={t}>
            {/* A phone scrolls the wide table sideways inside its box, not the page. */}
            <div className="tier-scroll" role="region" aria-label={t("dashboard.tiers.funnelTitle")} tabIndex={0}>
              <table className="tier-table" data-testid="tier-funnel">
                <caption className="sr-only">{t("dashboard.tiers.funnelDescription")}</caption>
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
                        <td key={step.stage} data-stage={step.stage}>
                          {step.reached}
                          {step.rejected > 0 ? <small className="text-destructive"> ({step.rejected})</small> : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </TableDisclosure>
        </>
      )}
    </DashPanel>
  );
}
