// The calendar's reads: every scheduled 测评/笔试/面试 of the user's companies that are not
// archived, around a day, as wall-clock times in the account's zone, with clashes (撞车) between
// appointments; and the clashes of one company's appointments, for its page.
import "server-only";

import { findClashes, type TTimedEvent } from "@/lib/calendar/clashes";
import { eventEnd, type TCalendarSettings } from "@/lib/calendar/settings";
import { utcToZonedInput } from "@/lib/dates/zone";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { getCalendarSettings } from "@/lib/services/calendar-settings";
import { Stage, type Tier } from "@/lib/generated/prisma/enums";
import type { TTierFilter } from "@/lib/validation/companies-options";

export const CALENDAR_STAGES: readonly Stage[] = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW];
/** Days read either side of the day in view: a month grid (six weeks) or an agenda (a month). */
const RANGE_DAYS = 45;
const DAY_MS = 86_400_000;

/**
 * `appointment`: a 笔试 or 面试 at a time (busy, can clash); `window`: a 测评, open all day;
 * `deadline`: the moment a platform link expires, a marker, never busy time.
 */
type TCalendarKind = "appointment" | "window" | "deadline";
export type TCalendarEntry = {
  id: string;
  eventId: string;
  kind: TCalendarKind;
  stage: Stage;
  label: string;
  companyId: string;
  companyName: string;
  tier: Tier | null;
  /** `YYYY-MM-DDTHH:mm` in the account's zone. */
  start: string;
  end: string;
  /** Names of the companies whose appointments clash with this one. */
  clashesWith: string[];
};
type TCalendarFilter = { tiers: readonly TTierFilter[]; stages: readonly Stage[] };

const EVENT_SELECT = {
  id: true,
  stage: true,
  label: true,
  scheduledAt: true,
  linkExpiresAt: true,
  application: { select: { company: { select: { id: true, name: true, tier: true } } } },
} as const;

type TRow = { id: string; stage: Stage; label: string; scheduledAt: Date | null; linkExpiresAt: Date | null; application: { company: { id: string; name: string; tier: Tier | null } } };

function appointments(rows: readonly TRow[], settings: TCalendarSettings): (TTimedEvent & { row: TRow })[] {
  return rows
    .filter((row): row is TRow & { scheduledAt: Date } => row.scheduledAt !== null && row.stage !== Stage.ASSESSMENT)
    .map((row) => ({ id: row.id, start: row.scheduledAt, end: eventEnd(row.stage, row.scheduledAt, settings), row }));
}

/** For each clashing appointment, the names of the companies it clashes with. */
function clashNames(rows: readonly TRow[], settings: TCalendarSettings): Map<string, string[]> {
  const timed = appointments(rows, settings);
  const names = new Map(timed.map((event) => [event.id, event.row.application.company.name]));
  const clashes = findClashes(timed, settings.bufferMinutes);
  return new Map([...clashes].map(([id, others]) => [id, [...new Set(others.map((other) => names.get(other) ?? ""))]]));
}

function entriesOf(row: TRow, timeZone: string, clashes: Map<string, string[]>, settings: TCalendarSettings): TCalendarEntry[] {
  const company = row.application.company;
  const base = { eventId: row.id, stage: row.stage, label: row.label, companyId: company.id, companyName: company.name, tier: company.tier };
  const at = (date: Date) => utcToZonedInput(date, timeZone);
  const entries: TCalendarEntry[] = [];
  if (row.scheduledAt) {
    const kind = row.stage === Stage.ASSESSMENT ? "window" : "appointment";
    const end = kind === "window" ? row.scheduledAt : eventEnd(row.stage, row.scheduledAt, settings);
    entries.push({ ...base, id: row.id, kind, start: at(row.scheduledAt), end: at(end), clashesWith: clashes.get(row.id) ?? [] });
  }
  if (row.linkExpiresAt) {
    entries.push({ ...base, id: `${row.id}:deadline`, kind: "deadline", start: at(row.linkExpiresAt), end: at(row.linkExpiresAt), clashesWith: [] });
  }
  return entries;
}

function matches(entry: TCalendarEntry, filter: TCalendarFilter): boolean {
  const tier = entry.tier ?? "NONE";
  return (filter.tiers.length === 0 || filter.tiers.includes(tier)) && (filter.stages.length === 0 || filter.stages.includes(entry.stage));
}

/**
 * The entries within RANGE_DAYS of `around`, filtered by tier and stage. Clashes are found among
 * all the user's appointments in the range, so a clash with a filtered-out event still shows.
 */
export async function listCalendar(userId: string, timeZone: string, around: Date, filter: TCalendarFilter): Promise<TCalendarEntry[]> {
  assertUserId(userId);
  const from = new Date(around.getTime() - RANGE_DAYS * DAY_MS);
  const to = new Date(around.getTime() + RANGE_DAYS * DAY_MS);
  const [settings, rows] = await Promise.all([
    getCalendarSettings(userId),
    db.stageEvent.findMany({
      where: {
        userId,
        stage: { in: [...CALENDAR_STAGES] },
        application: { userId, company: { userId, archivedAt: null } },
        OR: [{ scheduledAt: { gte: from, lt: to } }, { linkExpiresAt: { gte: from, lt: to } }],
      },
      select: EVENT_SELECT,
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const clashes = clashNames(rows, settings);
  return rows.flatMap((row) => entriesOf(row, timeZone, clashes, settings)).filter((entry) => matches(entry, filter));
}

type TCompanyClash = { eventId: string; stage: Stage; label: string; start: string; clashesWith: string[] };

/**
 * The company's appointments from yesterday on that clash with another of the user's
 * appointments, and the buffer (the user's setting) they were checked with.
 */
export async function listCompanyClashes(userId: string, companyId: string, timeZone: string, now = new Date()): Promise<{ bufferMinutes: number; clashes: TCompanyClash[] }> {
  assertUserId(userId);
  const since = new Date(now.getTime() - DAY_MS);
  const [settings, own] = await Promise.all([
    getCalendarSettings(userId),
    db.stageEvent.findMany({
      where: { userId, stage: { in: [Stage.WRITTEN_TEST, Stage.INTERVIEW] }, scheduledAt: { gte: since }, application: { userId, companyId } },
      select: { scheduledAt: true },
      orderBy: { scheduledAt: "asc" },
    }),
  ]);
  const first = own[0]?.scheduledAt;
  const last = own.at(-1)?.scheduledAt;
  if (!first || !last) return { bufferMinutes: settings.bufferMinutes, clashes: [] };
  const rows = await db.stageEvent.findMany({
    where: {
      userId,
      stage: { in: [Stage.WRITTEN_TEST, Stage.INTERVIEW] },
      scheduledAt: { gte: new Date(first.getTime() - DAY_MS), lt: new Date(last.getTime() + DAY_MS) },
      application: { userId, company: { userId, archivedAt: null } },
    },
    select: EVENT_SELECT,
  });
  const clashes = clashNames(rows, settings);
  const companyClashes = rows
    .filter((row) => row.application.company.id === companyId && row.scheduledAt && clashes.has(row.id))
    .map((row) => ({ eventId: row.id, stage: row.stage, label: row.label, start: utcToZonedInput(row.scheduledAt!, timeZone), clashesWith: clashes.get(row.id) ?? [] }))
    .sort((a, b) => a.start.localeCompare(b.start));
  return { bufferMinutes: settings.bufferMinutes, clashes: companyClashes };
}

/** How far ahead the dashboard looks for clashes. */
const UPCOMING_CLASH_DAYS = 14;

type TClashSide = { eventId: string; companyId: string; companyName: string; tier: Tier | null; stage: Stage; label: string; scheduledAt: Date };
export type TClashPair = readonly [TClashSide, TClashSide];

const sideOf = ({ row, start }: { row: TRow; start: Date }): TClashSide => ({
  eventId: row.id,
  companyId: row.application.company.id,
  companyName: row.application.company.name,
  tier: row.application.company.tier,
  stage: row.stage,
  label: row.label,
  scheduledAt: start,
});

/**
 * Pairs of the user's 笔试/面试 in the next UPCOMING_CLASH_DAYS that clash (by the user's lengths
 * and buffer), earlier event first, in time order; a pair whose later event has begun is past.
 */
export async function listUpcomingClashes(userId: string, now: Date): Promise<{ bufferMinutes: number; pairs: TClashPair[] }> {
  assertUserId(userId);
  const [settings, rows] = await Promise.all([
    getCalendarSettings(userId),
    db.stageEvent.findMany({
      where: {
        userId,
        stage: { in: [Stage.WRITTEN_TEST, Stage.INTERVIEW] },
        // A day back: an appointment under way still clashes with the next one.
        scheduledAt: { gte: new Date(now.getTime() - DAY_MS), lt: new Date(now.getTime() + UPCOMING_CLASH_DAYS * DAY_MS) },
        application: { userId, company: { userId, archivedAt: null } },
      },
      select: EVENT_SELECT,
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const timed = appointments(rows, settings);
  const byId = new Map(timed.map((event) => [event.id, event]));
  const pairs: TClashPair[] = [];
  for (const [id, others] of findClashes(timed, settings.bufferMinutes)) {
    const first = byId.get(id)!;
    for (const otherId of others) {
      const second = byId.get(otherId)!;
      // Each pair once, from its earlier event (the id breaks a tie of equal starts).
      const earlier = first.start.getTime() < second.start.getTime() || (first.start.getTime() === second.start.getTime() && first.id < second.id);
      if (earlier && second.start.getTime() >= now.getTime()) pairs.push([sideOf(first), sideOf(second)]);
    }
  }
  pairs.sort((a, b) => a[0].scheduledAt.getTime() - b[0].scheduledAt.getTime() || a[1].scheduledAt.getTime() - b[1].scheduledAt.getTime());
  return { bufferMinutes: settings.bufferMinutes, pairs };
}
