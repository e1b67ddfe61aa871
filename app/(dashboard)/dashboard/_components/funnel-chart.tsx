// 投递 → 测评 → 笔试 → 面试 → offer as plain CSS bars (no chart library, no client JavaScript):
// each bar is the share of 投递 that reached the step, its red end the share that ended there in 挂.
import { stageLabel } from "@/lib/applications/stages";
import type { TLocale } from "@/lib/i18n/config";
import type { TTranslate } from "@/lib/i18n/types";
import type { TFunnelStep } from "@/lib/applications/funnel";

import { DashPanel } from "./dash-panel";

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export function FunnelChart({ steps, locale, t }: { steps: readonly TFunnelStep[]; locale: TLocale; t: TTranslate }) {
  const top = steps[0]?.reached ?? 0;
  return (
    <DashPanel titleId="funnel-title" title={t("dashboard.funnelTitle")} description={t("dashboard.funnelDescription")}>
      {top === 0 ? (
        <p className="dash-sub mt-4 rounded-lg border border-dashed p-6 text-center">{t("dashboard.funnelEmpty")}</p>
      ) : (
        <ol className="funnel mt-4">
          {steps.map((step, index) => {
            const previous = index > 0 ? steps[index - 1]?.reached : undefined;
            return (
              <li key={step.stage} data-testid={`funnel-${step.stage}`}>
                <div className="funnel-head">
                  <span>{stageLabel(step.stage, locale)}</span>
                  <span className="funnel-nums">
                    <b data-testid="reached">{t("dashboard.funnelReached", { count: step.reached })}</b>
                    {step.rejected > 0 ? (
                      <small className="lost" data-testid="rejected">
                        {t("dashboard.funnelRejected", { count: step.rejected })}
                      </small>
                    ) : null}
                    {previous !== undefined ? <small>{t("dashboard.funnelRate", { percent: percentOf(step.reached, previous) })}</small> : null}
                  </span>
                </div>
                <div className="funnel-bar" aria-hidden="true">
                  <i style={{ width: `${percentOf(step.reached - step.rejected, top)}%` }} />
                  <i style={{ width: `${percentOf(step.rejected, top)}%` }} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </DashPanel>
  );
}
