// 投递 → 测评 → 笔试 → 面试 → offer as plain CSS bars (no chart library, no client JavaScript):
// each bar is the share of 投递 that reached the step, its red end the share that ended there in 挂.
import { stageLabel, type TLocale } from "@/lib/applications/stages";
import type { TTranslate } from "@/lib/i18n/types";
import type { TFunnelStep } from "@/lib/services/dashboard";

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export function FunnelChart({ steps, locale, t }: { steps: readonly TFunnelStep[]; locale: TLocale; t: TTranslate }) {
  const top = steps[0]?.reached ?? 0;
  return (
    <section aria-labelledby="funnel-title" className="rounded-xl border bg-card p-4 shadow-xs sm:p-6">
      <h2 id="funnel-title" className="font-semibold">
        {t("dashboard.funnelTitle")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("dashboard.funnelDescription")}</p>
      {top === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">{t("dashboard.funnelEmpty")}</p>
      ) : (
        <ol className="mt-4 space-y-3">
          {steps.map((step, index) => {
            const previous = index > 0 ? steps[index - 1]?.reached : undefined;
            return (
              <li key={step.stage} data-testid={`funnel-${step.stage}`} className="space-y-1">
                <div className="flex items-baseline justify-between gap-2 text-sm">
                  <span className="font-medium">{stageLabel(step.stage, locale)}</span>
                  <span className="flex flex-wrap items-baseline justify-end gap-x-2 text-right">
                    <span className="font-semibold tabular-nums" data-testid="reached">
                      {t("dashboard.funnelReached", { count: step.reached })}
                    </span>
                    {step.rejected > 0 ? (
                      <span className="text-xs text-destructive tabular-nums" data-testid="rejected">
                        {t("dashboard.funnelRejected", { count: step.rejected })}
                      </span>
                    ) : null}
                    {previous !== undefined ? (
                      <span className="text-xs text-muted-foreground tabular-nums">
                        {t("dashboard.funnelRate", { percent: percentOf(step.reached, previous) })}
                      </span>
                    ) : null}
                  </span>
                </div>
                <div className="flex h-3 overflow-hidden rounded-full bg-muted" aria-hidden="true">
                  <div className="h-full bg-primary" style={{ width: `${percentOf(step.reached - step.rejected, top)}%` }} />
                  <div className="h-full bg-destructive/70" style={{ width: `${percentOf(step.rejected, top)}%` }} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
