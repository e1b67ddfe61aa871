// The summary row: companies by tier, active applications, offers, 挂 and this week's events.
import type { TTierKey } from "@/lib/applications/funnel";
import { cappedLabel } from "@/lib/capped-count";
import type { TDashboard } from "@/lib/services/dashboard";
import type { TTranslate } from "@/lib/i18n/types";

const TIERS: readonly TTierKey[] = ["S", "A", "B", "C", "N", "NONE"];

function Stat({ label, value, hint, tone, testId }: { label: string; value: number | string; hint?: string; tone?: string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <p>{label}</p>
      <p className={tone ? `stat-n ${tone}` : "stat-n"}>{value}</p>
      {hint ? <p className="stat-hint">{hint}</p> : null}
    </div>
  );
}

export function SummaryCards({ data, t }: { data: TDashboard; t: TTranslate }) {
  return (
    <section aria-label={t("dashboard.summary")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <div className="stat col-span-2 sm:col-span-3 lg:col-span-2" data-testid="stat-companies">
        <p>{t("dashboard.companies")}</p>
        <p className="stat-n">{data.companies.total}</p>
        <ul className="stat-tiers">
          {TIERS.map((tier) => (
            <li key={tier}>
              <b>{tier === "NONE" ? t("dashboard.tierNone") : tier}</b> {data.companies.byTier[tier]}
            </li>
          ))}
        </ul>
      </div>
      <Stat testId="stat-active" label={t("dashboard.active")} value={data.active} hint={t("dashboard.activeHint")} />
      <Stat testId="stat-offers" label={t("dashboard.offers")} value={data.offers} tone={data.offers > 0 ? "text-success" : undefined} />
      <Stat testId="stat-rejected" label={t("dashboard.rejected")} value={data.rejected} tone={data.rejected > 0 ? "text-destructive" : undefined} />
      <Stat testId="stat-week" label={t("dashboard.thisWeek")} value={cappedLabel(data.eventsThisWeek)} hint={t("dashboard.thisWeekHint")} />
    </section>
  );
}
