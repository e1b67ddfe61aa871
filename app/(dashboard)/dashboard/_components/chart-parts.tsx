// What the two tier charts share: the colours of their series, each tier's name as a chart shows
// it, the legend above a chart and the table alternative under a disclosure.
import type { ReactNode } from "react";

import type { TBarSeries } from "@/components/charts/types";
import type { TTierKey } from "@/lib/applications/funnel";
import type { TLocale } from "@/lib/i18n/config";
import type { TTranslate } from "@/lib/i18n/types";

export const SERIES_COLOR = {
  untouched: "color-mix(in oklab, var(--muted-foreground) 45%, transparent)",
  active: "var(--primary)",
  offer: "var(--success)",
  rejected: "color-mix(in oklab, var(--destructive) 75%, transparent)",
} as const;

/** Room for the row labels: Chinese names are short, English stage names are not. */
export const LABEL_WIDTH: Record<TLocale, { tier: number; stage: number }> = { zh: { tier: 44, stage: 40 }, en: { tier: 68, stage: 84 } };

export const tierName = (tier: TTierKey, t: TTranslate) => (tier === "NONE" ? t("dashboard.tierNone") : tier);

export function ChartLegend({ series }: { series: readonly TBarSeries[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((one) => (
        <li key={one.name}>
          <i style={{ background: one.color }} />
          {one.name}
        </li>
      ))}
    </ul>
  );
}

/** The chart's numbers as a table, folded under "以表格查看". */
export function TableDisclosure({ t, children }: { t: TTranslate; children: ReactNode }) {
  return (
    <details className="chart-table">
      <summary>{t("dashboard.tiers.showTable")}</summary>
      {children}
    </details>
  );
}
