import { OUTCOME_LABELS, STAGE_LABELS, type TLocale } from "@/lib/applications/stages";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { DEFAULT_TIME_ZONE } from "@/lib/dates/zone";

const HEADERS: Record<TLocale, string[]> = {
  zh: ["公司", "分级", "阶段", "结果", "岗位", "投递时间", "结束时间", "流程", "备注"],
  en: ["Company", "Tier", "Stage", "Outcome", "Role", "Applied at", "Closed at", "Stages", "Notes"],
};
const NO_TIER: Record<TLocale, string> = { zh: "未分级", en: "No tier" };

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for Excel. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

function formatterFor(timeZone: string) {
  const f = new Intl.DateTimeFormat("sv-SE", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  return (d: Date | null) => (d ? f.format(d) : "");
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
  const rows = applications.map((a) => {
    const history = a.events
      .map((e) => `${e.label || STAGE_LABELS[locale][e.stage]}${e.scheduledAt ? `(${format(e.scheduledAt)})` : ""}${e.result === "FAILED" ? ` ${OUTCOME_LABELS[locale].REJECTED}` : ""}`)
      .join(" — ");
    return [
      a.company.name,
      a.company.tier ?? NO_TIER[locale],
      STAGE_LABELS[locale][a.stage],
      OUTCOME_LABELS[locale][a.outcome],
      a.role,
      format(a.appliedAt),
      format(a.closedAt),
      history,
      a.notes,
    ];
  });
  const lines = [HEADERS[locale], ...rows].map((cells) => cells.map(csvField).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
