"use client";

// Small shared pieces of the companies table, the company page and the board: tier badge,
// stage and outcome labels, dates in the user's time zone and relative times.
import { useMemo } from "react";

import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/applications/stages";
import type { Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";
import { useLocale, useT } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";

const TIER_STYLES: Record<Tier | "NONE", string> = {
  S: "bg-rose-500/15 text-rose-700 dark:text-rose-300",
  A: "bg-orange-500/15 text-orange-700 dark:text-orange-300",
  B: "bg-sky-500/15 text-sky-700 dark:text-sky-300",
  C: "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
  N: "bg-zinc-500/15 text-zinc-700 dark:text-zinc-300",
  NONE: "bg-muted text-muted-foreground",
};

export function TierBadge({ tier, className }: { tier: Tier | null; className?: string }) {
  const t = useT();
  return (
    <span
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded px-1.5 text-xs font-semibold",
        TIER_STYLES[tier ?? "NONE"],
        className,
      )}
    >
      {tier ?? t("companies.tierNone")}
    </span>
  );
}

export function useStageLabel() {
  const locale = useLocale();
  return useMemo(() => (stage: Stage) => STAGE_LABELS[locale][stage], [locale]);
}

export function useOutcomeLabel() {
  const locale = useLocale();
  return useMemo(() => (outcome: Outcome) => OUTCOME_LABELS[locale][outcome], [locale]);
}

const OUTCOME_STYLES: Record<Outcome, string> = {
  ACTIVE: "bg-sky-500/10 text-sky-700 dark:text-sky-300",
  OFFER: "bg-success/15 text-success",
  REJECTED: "bg-destructive/10 text-destructive",
  WITHDRAWN: "bg-muted text-muted-foreground",
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const label = useOutcomeLabel();
  return <span className={cn("rounded px-1.5 py-0.5 text-xs font-medium", OUTCOME_STYLES[outcome])}>{label(outcome)}</span>;
}

type TDateFormatters = { year: Intl.DateTimeFormat; short: Intl.DateTimeFormat; long: Intl.DateTimeFormat };
// Intl formatters are costly to build (a board renders 150 cards): one set per locale and zone.
const dateFormatters = new Map<string, TDateFormatters>();

function formattersFor(locale: string, timeZone: string): TDateFormatters {
  const key = `${locale}|${timeZone}`;
  let formatters = dateFormatters.get(key);
  if (!formatters) {
    const options = { timeZone, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    const tag = locale === "zh" ? "zh-CN" : "en-GB";
    formatters = {
      year: new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }),
      short: new Intl.DateTimeFormat(tag, options),
      long: new Intl.DateTimeFormat(tag, { ...options, year: "numeric" }),
    };
    dateFormatters.set(key, formatters);
  }
  return formatters;
}

/** `04-01 19:00` (or `2026-04-01 19:00` in another year) in the user's time zone. */
export function useFormatDateTime(timeZone: string) {
  const locale = useLocale();
  return useMemo(() => {
    const { year, short, long } = formattersFor(locale, timeZone);
    return (date: Date, now = new Date()) => (year.format(date) === year.format(now) ? short : long).format(date);
  }, [locale, timeZone]);
}

/** "in 2 days", "3 h ago". */
export function useRelativeTime() {
  const t = useT();
  return useMemo(() => (date: Date, now: Date) => {
    const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
    const abs = Math.abs(minutes);
    if (abs < 1) return t("companies.relative.now");
    const future = minutes > 0;
    if (abs < 60) return t(future ? "companies.relative.inMinutes" : "companies.relative.minutesAgo", { count: abs });
    const hours = Math.round(abs / 60);
    if (hours < 24) return t(future ? "companies.relative.inHours" : "companies.relative.hoursAgo", { count: hours });
    const days = Math.round(hours / 24);
    return t(future ? "companies.relative.inDays" : "companies.relative.daysAgo", { count: days });
  }, [t]);
}

export function PrepMeter({ percent, total, className }: { percent: number; total: number; className?: string }) {
  const t = useT();
  if (total === 0) return <span className={cn("text-xs text-muted-foreground", className)}>{t("companies.prepEmpty")}</span>;
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <span className="h-1.5 w-14 overflow-hidden rounded-full bg-muted" aria-hidden="true">
        <span className="block h-full rounded-full bg-primary" style={{ width: `${percent}%` }} />
      </span>
      <span className="text-xs tabular-nums">{percent}%</span>
    </span>
  );
}
