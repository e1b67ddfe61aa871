"use client";

// Small shared pieces of the companies table, the company page and the board: tier badge,
// stage and outcome labels, dates in the user's time zone and relative times.
import { useMemo, type CSSProperties } from "react";

import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/applications/stages";
import type { Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";
import { useLocale, useTranslations } from "next-intl";

import "./labels.css";
import { dateTimeFormat } from "@/lib/date-time-format";

/** `<span class="tier tier-S">S</span>`; the styles are in labels.css. */
export function TierBadge({ tier, className }: { tier: Tier | null; className?: string }) {
  const t = useTranslations();
  const base = `tier tier-${tier ?? "NONE"}`;
  return <span className={className ? `${base} ${className}` : base}>{tier ?? t("companies.tierNone")}</span>;
}

export function useStageLabel() {
  const locale = useLocale();
  return useMemo(() => (stage: Stage) => STAGE_LABELS[locale][stage], [locale]);
}

export function useOutcomeLabel() {
  const locale = useLocale();
  return useMemo(() => (outcome: Outcome) => OUTCOME_LABELS[locale][outcome], [locale]);
}

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const label = useOutcomeLabel();
  return <span className={`oc oc-${outcome}`}>{label(outcome)}</span>;
}

function formattersFor(locale: string, timeZone: string) {
  const options = { timeZone, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
  const tag = locale === "zh" ? "zh-CN" : "en-GB";
  return {
    year: dateTimeFormat("en", { timeZone, year: "numeric" }),
    short: dateTimeFormat(tag, options),
    long: dateTimeFormat(tag, { ...options, year: "numeric" }),
  };
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
  const t = useTranslations();
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

/** A bar and the percentage in one element (the bar is its ::before), or "未关联" (null) with nothing to track. */
export function PrepMeter({ percent, className }: { percent: number | null; className?: string }) {
  const t = useTranslations();
  const extra = className ? ` ${className}` : "";
  if (percent === null) return <span className={`prep none${extra}`}>{t("companies.prepEmpty")}</span>;
  return (
    <span className={`prep${extra}`} style={{ "--p": `${percent}%` } as CSSProperties}>
      {`${percent}%`}
    </span>
  );
}
