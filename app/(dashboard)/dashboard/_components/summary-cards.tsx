// The summary row: companies by tier, active applications, offers, 挂 and this week's events.
import type { TDashboard, TTierKey } from "@/lib/services/dashboard";
import type { TTranslate } from "@/lib/i18n/types";
import { cn } from "@/lib/utils";

const TIERS: readonly TTierKey[] = ["S", "A", "B", "C", "N", "NONE"];

function Stat({ label, value, hint, tone, testId }: { label: string; value: number; hint?: string; tone?: string; testId: string }) {
  return (
    <div className="rounded-xl border bg-card p-4 shadow-xs" data-testid={testId}>
      <p className="text-sm text-muted-foreground">{label}</p>
      <p className={cn("mt-1 text-2xl font-semibold tabular-nums", tone)}>{value}</p>
      {hint ? <p className="mt-1 text-xs text-muted-foreground">{hint}</p> : null}
    </div>
  );
}

export function SummaryCards({ data, t }: { data: TDashboard; t: TTranslate }) {
  return (
    <section aria-label={t("dashboard.summary")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <div className="col-span-2 rounded-xl border bg-card p-4 shadow-xs sm:col-span-3 lg:col-span-2" data-testid="stat-companies">
        <p className="text-sm text-muted-foreground">{t("dashboard.companies")}</p>
        <p className="mt-1 text-2xl font-semibold tabular-nums">{data.companies.total}</p>
        <ul className="mt-2 flex flex-wrap gap-1.5 text-xs">
          {TIERS.map((tier) => (
            <li key={tier} className="rounded bg-muted px-1.5 py-0.5 tabular-nums">
              <span className="font-semibold">{tier === "NONE" ? t("dashboard.tierNone") : tier}</span> {data.companies.byTier[tier]}
            </li>
          ))}
        </ul>
      </div>
      <Stat testId="stat-active" label={t("dashboard.active")} value={data.active} hint={t("dashboard.activeHint")} />
      <Stat testId="stat-offers" label={t("dashboard.offers")} value={data.offers} tone={data.offers > 0 ? "text-success" : undefined} />
      <Stat testId="stat-rejected" label={t("dashboard.rejected")} value={data.rejected} tone={data.rejected > 0 ? "text-destructive" : undefined} />
      <Stat testId="stat-week" label={t("dashboard.thisWeek")} value={data.eventsThisWeek} hint={t("dashboard.thisWeekHint")} />
    </section>
  );
}
