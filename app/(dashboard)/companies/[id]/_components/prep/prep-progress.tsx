"use client";

import { AlertTriangle } from "lucide-react";

import { useTranslations } from "next-intl";
import type { TChecklistProgress } from "@/lib/prep/checklist";
import { cn } from "@/lib/utils";

import { usePrepTicks } from "./prep-ticks";

type TProps = { progress: TChecklistProgress; attention: boolean; nextEventLabel: string };

/**
 * The checklist's headline: percentage, bar, what it counts, and the 7-day / 60% flag (the
 * server's). Ticks being saved count at once.
 */
export function PrepProgress({ progress: saved, attention, nextEventLabel }: TProps) {
  const t = useTranslations();
  const progress = usePrepTicks().progress(saved);
  return (
    <div className={cn("space-y-2 rounded-xl border p-4", attention && "border-destructive/50 bg-destructive/5")} data-testid="prep-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-sm font-medium">{t("prep.progress")}</span>
        <span className="text-2xl font-semibold tabular-nums" data-testid="prep-percent">
          {t("prep.progressValue", { percent: progress.percent })}
        </span>
      </div>
      <div
        className="h-2 overflow-hidden rounded-full bg-muted"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-label={t("prep.progress")}
      >
        <div className={cn("h-full rounded-full", attention ? "bg-destructive" : "bg-success")} style={{ width: `${progress.percent}%` }} />
      </div>
      <p className="text-xs text-muted-foreground">
        {t("prep.progressDetail", {
          known: progress.questions.known,
          questions: progress.questions.total,
          done: progress.tasks.done,
          tasks: progress.tasks.total,
        })}
        {" · "}
        {nextEventLabel}
      </p>
      {attention ? (
        <p className="flex items-center gap-1.5 text-sm font-medium text-destructive" role="status">
          <AlertTriangle aria-hidden="true" className="size-4" />
          {t("prep.attention")}
        </p>
      ) : null}
    </div>
  );
}
