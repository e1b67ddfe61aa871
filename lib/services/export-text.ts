import "server-only";

import { tz } from "@date-fns/tz";
import { format as formatDate } from "date-fns";

import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/applications/stages";
import type { TLocale } from "@/lib/i18n/config";
import { DEFAULT_TIME_ZONE } from "@/lib/dates/zone";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/dictionaries";
import { renderSetsMarkdown } from "@/lib/notes";

const COLUMNS = ["company", "tier", "stage", "outcome", "role", "appliedAt", "closedAt", "stages", "notes"] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for Excel. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** `2026-04-01 19:00` in the user's time zone: one form in both languages, which Excel reads as a date. */
function formatterFor(timeZone: string) {
  const options = { in: tz(timeZone) };
  return (d: Date | null) => (d ? formatDate(d, "yyyy-MM-dd HH:mm", options) : "");
}

/**
 * The applications as CSV for Excel: UTF-8 with a BOM (so Chinese shows correctly), CRLF, one row
 * per application with its company, tier, stage, outcome, dates and the stage history.
 */
export async function exportApplicationsCsv(userId: string): Promise<string> {
  assertUserId(userId);
  const [user, applications] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { locale: true, timeZone: true } }),
    db.application.findMany({
      where: { userId },
      orderBy: [{ company: { name: "asc" } }, { createdAt: "asc" }],
      select: {
        role: true, stage: true, outcome: true, appliedAt: true, closedAt: true, notes: true,
        company: { select: { name: true, tier: true } },
        events: {
          where: { userId },
          orderBy: { position: "asc" },
          select: { label: true, stage: true, scheduledAt: true, result: true },
        },
      },
    }),
  ]);
  const locale: TLocale = user?.locale === "en" ? "en" : "zh";
  const format = formatterFor(user?.timeZone ?? DEFAULT_TIME_ZONE);
  const t = translatorFor(locale);
  const rows = applications.map((a) => {
    const history = a.events
      .map((e) => `${e.label || STAGE_LABELS[locale][e.stage]}${e.scheduledAt ? `(${format(e.scheduledAt)})` : ""}${e.result === "FAILED" ? ` ${OUTCOME_LABELS[locale].REJECTED}` : ""}`)
      .join(" — ");
    return [
      a.company.name,
      a.company.tier ?? t("import.csv.noTier"),
      STAGE_LABELS[locale][a.stage],
      OUTCOME_LABELS[locale][a.outcome],
      a.role,
      format(a.appliedAt),
      format(a.closedAt),
      history,
      a.notes,
    ];
  });
  const lines = [COLUMNS.map((column) => t(`import.csv.${column}`)), ...rows].map((cells) => cells.map(csvField).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** The question sets in the notes format (`# title`, numbered questions, answers indented). */
export async function exportSetsMarkdown(userId: string): Promise<string> {
  assertUserId(userId);
  const sets = await db.questionSet.findMany({
    where: { userId },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      title: true,
      kind: true,
      notes: true,
      questions: {
        where: { userId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { number: true, title: true, answerMd: true, stars: true, placeholder: true },
      },
    },
  });
  return renderSetsMarkdown(sets);
}
