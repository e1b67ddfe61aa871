import "server-only";

import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/applications/stages";
import type { TLocale } from "@/lib/i18n/config";
import { DEFAULT_TIME_ZONE, zonedDateTimeText } from "@/lib/dates/zone";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventResult, Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/dictionaries";
import { renderSetsMarkdown } from "@/lib/notes";
import { nextEventOfApplication } from "@/lib/services/list-sql";

const COLUMNS = [
  "company", "tier", "tierListOrder", "revival", "stage", "outcome", "nextEvent",
  "role", "appliedAt", "closedAt", "stages", "notes", "archivedAt",
] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A cell Excel would read as a
 * formula (a leading = + - @, tab or carriage return) gets a leading ' and is always quoted.
 */
function csvField(value: string): string {
  const formula = /^[=+\-@\t\r]/u.test(value);
  const safe = formula ? `'${value}` : value;
  return formula || /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** `2026-04-01 19:00` in the user's time zone: one form in both languages, which Excel reads as a date. */
function formatterFor(timeZone: string) {
  return (d: Date | null) => (d ? zonedDateTimeText(d, timeZone) : "");
}

type TEvent = { label: string; stage: Stage; scheduledAt: string | null; result: EventResult };
type TCsvRow = {
  name: string;
  tier: Tier | null;
  tierListOrder: number | null;
  revival: boolean;
  archivedAt: Date | null;
  stage: Stage | null;
  outcome: Outcome | null;
  role: string | null;
  appliedAt: Date | null;
  closedAt: Date | null;
  notes: string | null;
  nextStage: Stage | null;
  nextLabel: string | null;
  nextAt: Date | null;
  events: TEvent[] | null;
};

/**
 * Every company (archived ones too) with each of its applications: one row per application, and
 * one row for a company without any (stage 待投递), in the tier list's order, then by name.
 */
async function readCsvRows(userId: string, now: Date): Promise<TCsvRow[]> {
  return db.$queryRaw<TCsvRow[]>`
    SELECT c.name, c.tier, c."tierListOrder", c.revival, c."archivedAt",
      a.stage, a.outcome, a.role, a."appliedAt", a."closedAt", a.notes,
      CASE WHEN a.outcome = 'ACTIVE'::"Outcome" THEN ne.stage END AS "nextStage",
      CASE WHEN a.outcome = 'ACTIVE'::"Outcome" THEN ne.label END AS "nextLabel",
      CASE WHEN a.outcome = 'ACTIVE'::"Outcome" THEN ne."scheduledAt" END AS "nextAt",
      h.events
    FROM "Company" c
    LEFT JOIN "Application" a ON a."companyId" = c.id AND a."userId" = ${userId}
    ${nextEventOfApplication(userId, Prisma.sql`a.id`, now)}
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('label', e.label, 'stage', e.stage, 'scheduledAt', e."scheduledAt", 'result', e.result)
        ORDER BY e.position) AS events
      FROM "StageEvent" e WHERE e."applicationId" = a.id AND e."userId" = ${userId}
    ) h ON true
    WHERE c."userId" = ${userId}
    ORDER BY c."tierListOrder" ASC NULLS LAST, c.name COLLATE "zh-x-icu" ASC, c.id, a."createdAt" ASC, a.id`;
}

/**
 * Companies and applications as CSV for Excel: UTF-8 with a BOM (so Chinese shows correctly),
 * CRLF; every company with its tier, place in the tier list, 复活甲 and next event, and each
 * application's stage, outcome, dates and stage history.
 */
export async function exportApplicationsCsv(userId: string, now = new Date()): Promise<string> {
  assertUserId(userId);
  const [user, companies] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { locale: true, timeZone: true } }),
    readCsvRows(userId, now),
  ]);
  const locale: TLocale = user?.locale === "en" ? "en" : "zh";
  const format = formatterFor(user?.timeZone ?? DEFAULT_TIME_ZONE);
  const at = (iso: string | null) => format(iso === null ? null : new Date(iso));
  const t = translatorFor(locale);
  const stages = STAGE_LABELS[locale];
  const rows = companies.map((r) => {
    const history = (r.events ?? [])
      .map((e) => `${e.label || stages[e.stage]}${e.scheduledAt ? `(${at(e.scheduledAt)})` : ""}${e.result === "FAILED" ? ` ${OUTCOME_LABELS[locale].REJECTED}` : ""}`)
      .join(" — ");
    const next = r.nextStage && r.nextAt ? `${stages[r.nextStage]}${r.nextLabel && r.nextLabel !== stages[r.nextStage] ? ` · ${r.nextLabel}` : ""} ${format(r.nextAt)}` : "";
    return [
      r.name,
      r.tier ?? t("import.csv.noTier"),
      r.tierListOrder === null ? "" : String(r.tierListOrder),
      r.revival ? t("import.csv.yes") : "",
      stages[r.stage ?? "TO_APPLY"],
      r.outcome ? OUTCOME_LABELS[locale][r.outcome] : "",
      next,
      r.role ?? "",
      format(r.appliedAt),
      format(r.closedAt),
      history,
      r.notes ?? "",
      format(r.archivedAt),
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
