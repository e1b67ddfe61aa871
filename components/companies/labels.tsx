"use client";

// Small shared pieces of the companies table, the company page and the board: tier badge,
// stage and outcome labels, dates in the user's time zone and relative times.
import { useFormatter, useLocale, useTimeZone, useTranslations } from "next-intl";
import { useMemo, type CSSProperties } from "react";

import { OUTCOME_LABELS, STAGE_LABELS, extraLabel } from "@/lib/applications/stages";
import { DEFAULT_TIME_ZONE, yearIn } from "@/lib/dates/zone";
import type { EventResult, Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";

import "./labels.css";

// Text looked up only where a badge shows words: a translator is made for each component that
// asks for one, and a list renders these on every row.
function TierNone() {
  return useTranslations()("companies.tierNone");
}

function PrepEmpty() {
  return useTranslations()("companies.prepEmpty");
}

/** `<span class="tier tier-S">S</span>`; the styles are in labels.css. */
export function TierBadge({ tier, className }: { tier: Tier | null; className?: string }) {
  const base = `tier tier-${tier ?? "NONE"}`;
  return <span className={className ? `${base} ${className}` : base}>{tier ?? <TierNone />}</span>;
}

export function useStageLabel() {
  const locale = useLocale();
  return useMemo(() => (stage: Stage) => STAGE_LABELS[locale][stage], [locale]);
}

/** A step by name: its stage, then its label when that says more (`面试 一面`, `投递`). */
export function useStepName() {
  const locale = useLocale();
  return useMemo(
    () => (step: { stage: Stage; label: string }) => {
      const extra = extraLabel(step.stage, step.label);
      return extra ? `${STAGE_LABELS[locale][step.stage]} ${extra}` : STAGE_LABELS[locale][step.stage];
    },
    [locale],
  );
}

/** 通过 / 未通过 / 待定 for a step's result. */
export function useResultLabel() {
  const t = useTranslations();
  return useMemo(
    () => (result: EventResult) =>
      t(result === "PASSED" ? "companies.timeline.passed" : result === "FAILED" ? "companies.timeline.failed" : "companies.timeline.pending"),
    [t],
  );
}

export function useOutcomeLabel() {
  const locale = useLocale();
  return useMemo(() => (outcome: Outcome) => OUTCOME_LABELS[locale][outcome], [locale]);
}

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const label = useOutcomeLabel();
  return <span className={`oc oc-${outcome}`}>{label(outcome)}</span>;
}

/**
 * `Apr 1, 19:00` (`4月1日 19:00`), with the year when it is not this year's, in the account's
 * time zone (the provider's): the server and the browser print the same text.
 */
export function useFormatDateTime() {
  const format = useFormatter();
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  return useMemo(
    () => (date: Date, now: Date) => format.dateTime(date, yearIn(date, timeZone) === yearIn(now, timeZone) ? "short" : "dateTime"),
    [format, timeZone],
  );
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Days up to a month ("in 11 days", not "in 2 weeks"), then months, then years. */
function relativeUnit(ms: number) {
  const size = Math.abs(ms);
  if (size < HOUR_MS) return "minute";
  if (size < DAY_MS) return "hour";
  if (size < 31 * DAY_MS) return "day";
  return size < 365 * DAY_MS ? "month" : "year";
}

/** "just now" under a minute, else "in 2 days", "3 hours ago" in the unit that fits. */
export function useRelativeTime() {
  const t = useTranslations();
  const format = useFormatter();
  return useMemo(
    () => (date: Date, now: Date) => {
      const ms = date.getTime() - now.getTime();
      return Math.abs(ms) < 60_000 ? t("companies.justNow") : format.relativeTime(date, { now, unit: relativeUnit(ms) });
    },
    [t, format],
  );
}

/** A bar and the percentage in one element (the bar is its ::before), or "未关联" (null) with nothing to track. */
export function PrepMeter({ percent, className }: { percent: number | null; className?: string }) {
  const extra = className ? ` ${className}` : "";
  if (percent === null) {
    return (
      <span className={`prep none${extra}`}>
        <PrepEmpty />
      </span>
    );
  }
  return (
    <span className={`prep${extra}`} style={{ "--p": `${percent}%` } as CSSProperties}>
      {`${percent}%`}
    </span>
  );
}
