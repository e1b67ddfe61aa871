// The calendar's reads: every scheduled 测评/笔试/面试 of the user's companies that are not
// archived, on the days in view (at most a cap a day), as wall-clock times in the account's zone,
// with clashes (撞车) between appointments; and the clashes of one company's appointments, for its
// page, and the dashboard's upcoming ones.
import "server-only";

import { DATED_STAGES } from "@/lib/applications/stages";
import { COUNT_CAP } from "@/lib/capped-count";
import { clashReachMinutes, findClashes, type TTimedEvent } from "@/lib/calendar/clashes";
import { eventEnd, eventMinutes, type TCalendarSettings } from "@/lib/calendar/settings";
import { CALENDAR_DAY_CAP, daysOf } from "@/lib/calendar/views";
import { utcToZonedInput, zonedToUtc } from "@/lib/dates/zone";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { getCalendarSettings } from "@/lib/services/calendar-settings";
import { enumArraySql, limitSql, tierFilterSql } from "@/lib/services/list-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { Stage, type Tier } from "@/lib/generated/prisma/enums";
import type { TTierFilter } from "@/lib/validation/companies-options";

export const CALENDAR_STAGES: readonly Stage[] = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW];
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

type TRangeRow = { id: string; stage: Stage; label: string; at: Date; deadline: boolean; companyId: string; name: string; tier: Tier | null; day: string; hidden: number };

/**
 * The user's calendar hits whose day (in `timeZone`) is in `[from, to)`, wall-clock days: each
 * scheduled 测评/笔试/面试 at its time and each link deadline at its own, from companies not
 * archived, at most CALENDAR_DAY_CAP a day (in time order), and on each row the number of the
 * day's hits matching `filter` that are left out (each row's day found among the days' first
 * instants, not by converting its time). Served by the (userId, scheduledAt) and (userId,
 * linkExpiresAt) indexes: it reads the range's rows, whatever the user holds elsewhere.
 */
export function calendarRangeSql(userId: string, timeZone: string, days: { from: string; to: string }, filter: TCalendarFilter): Prisma.Sql {
  const dayList = daysOf(days);
  const dayStarts = [...dayList, days.to].map((day) => zonedToUtc(`${day}T00:00`, timeZone));
  const [from, to] = [dayStarts[0]!, dayStarts.at(-1)!];
  const starts = Prisma.sql`${dayStarts.map((start) => start.toISOString())}::timestamptz[]`;
  const stages = enumArraySql(CALENDAR_STAGES, "Stage");
  const hits = (column: string, deadline: boolean) => Prisma.sql`
    SELECT id, "applicationId", stage, label, ${Prisma.raw(`"${column}"`)} AS at, ${Prisma.raw(String(deadline))} AS deadline FROM "StageEvent"
    WHERE "userId" = ${userId} AND stage = ANY(${stages}) AND ${Prisma.raw(`"${column}"`)} >= ${from} AND ${Prisma.raw(`"${column}"`)} < ${to}`;
  const matching = Prisma.sql`${tierFilterSql(Prisma.sql`tier`, filter.tiers)} AND (${filter.stages.length === 0} OR stage = ANY(${[...filter.stages]}::"Stage"[]))`;
  // The range's events first (MATERIALIZED: read once, whatever the plan), then their companies.
  return Prisma.sql`
    WITH hit AS MATERIALIZED (${hits("scheduledAt", false)} UNION ALL ${hits("linkExpiresAt", true)}),
    dated AS (
      SELECT h.id, h.stage, h.label, h.at, h.deadline, c.id AS "companyId", c.name, c.tier, width_bucket(h.at, ${starts}) AS day
      FROM hit h
      JOIN "Application" a ON a.id = h."applicationId" AND a."userId" = ${userId}
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
    ),
    ranked AS (SELECT *, row_number() OVER (PARTITION BY day ORDER BY at, id, deadline) AS n FROM dated),
    counted AS (SELECT *, count(*) FILTER (WHERE n > ${CALENDAR_DAY_CAP} AND ${matching}) OVER (PARTITION BY day)::int AS hidden FROM ranked)
    SELECT id, stage, label, at, deadline, "companyId", name, tier, (${dayList}::text[])[day] AS day, hidden FROM counted
    WHERE n <= ${CALENDAR_DAY_CAP} ORDER BY at, id, deadline`;
}

const rowOf = (hit: TRangeRow): TRow => ({
  id: hit.id,
  stage: hit.stage,
  label: hit.label,
  scheduledAt: hit.deadline ? null : hit.at,
  linkExpiresAt: hit.deadline ? hit.at : null,
  application: { company: { id: hit.companyId, name: hit.name, tier: hit.tier } },
});

/** Days of the calendar with entries left out, and how many (matching the filter) each leaves out. */
type TCalendarMore = { day: string; count: number };

/**
 * The entries of the days in view, filtered by tier and stage, and the count of each day's
 * entries beyond CALENDAR_DAY_CAP. Clashes are found among all the user's appointments read, so
 * a clash with a filtered-out event still shows.
 */
export async function listCalendar(userId: string, timeZone: string, days: { from: string; to: string }, filter: TCalendarFilter): Promise<{ entries: TCalendarEntry[]; more: TCalendarMore[] }> {
  assertUserId(userId);
  const [settings, hits] = await Promise.all([getCalendarSettings(userId), db.$queryRaw<TRangeRow[]>(calendarRangeSql(userId, timeZone, days, filter))]);
  const rows = hits.map(rowOf);
  const clashes = clashNames(rows, settings);
  const more = new Map(hits.filter((hit) => hit.hidden > 0).map((hit) => [hit.day, hit.hidden]));
  return {
    entries: rows.flatMap((row) => entriesOf(row, timeZone, clashes, settings)).filter((entry) => matches(entry, filter)),
    more: [...more].map(([day, count]) => ({ day, count })),
  };
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
      where: { userId, stage: { in: [...DATED_STAGES] }, scheduledAt: { gte: since }, application: { userId, companyId } },
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
      stage: { in: [...DATED_STAGES] },
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

/** How far ahead the dashboard looks for clashes, and how many pairs it lists. */
const UPCOMING_CLASH_DAYS = 14;
export const UPCOMING_CLASHES_SHOWN = 5;

type TClashSide = { eventId: string; companyId: string; companyName: string; tier: Tier | null; stage: Stage; label: string; scheduledAt: Date };
export type TClashPair = readonly [TClashSide, TClashSide];

/**
 * The user's 笔试/面试 `e` with `ec`, its company (id, name, tier) when not archived: looked up
 * per event (LATERAL, never flattened into a join), so a plan walks the events and stops at a
 * LIMIT, and planning weighs four relations instead of every order of six tables.
 */
function appointmentsSql(e: string, userId: string): Prisma.Sql {
  const [event, company] = [Prisma.raw(e), Prisma.raw(`${e}c`)];
  return Prisma.sql`"StageEvent" ${event} CROSS JOIN LATERAL (
      SELECT oc.id, oc.name, oc.tier FROM "Application" oa JOIN "Company" oc ON oc.id = oa."companyId" AND oc."userId" = ${userId} AND oc."archivedAt" IS NULL
      WHERE oa.id = ${event}."applicationId" AND oa."userId" = ${userId} LIMIT 1
    ) ${company}`;
}

/** The appointment `e` of appointmentsSql belongs to the user and starts in [from, to). */
function appointmentInSql(e: string, userId: string, from: Date, to: Date): Prisma.Sql {
  const event = Prisma.raw(e);
  return Prisma.sql`${event}."userId" = ${userId} AND ${event}.stage = ANY(${enumArraySql(DATED_STAGES, "Stage")}) AND ${event}."scheduledAt" >= ${from} AND ${event}."scheduledAt" < ${to}`;
}

/** The columns of one side `e` of a pair, named `e_…`; and as JSON (TRawSide) from those names. */
const sideColumnsSql = (e: string) => Prisma.raw(`${e}.id AS ${e}_id, ${e}c.id AS ${e}_company, ${e}c.name AS ${e}_name, ${e}c.tier AS ${e}_tier, ${e}.stage AS ${e}_stage, ${e}.label AS ${e}_label`);
const sideSql = (e: string) =>
  Prisma.raw(`json_build_object('eventId', ${e}_id, 'companyId', ${e}_company, 'companyName', ${e}_name, 'tier', ${e}_tier, 'stage', ${e}_stage, 'label', ${e}_label, 'scheduledAt', ${e}_at)`);
type TRawSide = Omit<TClashSide, "scheduledAt"> & { scheduledAt: string };
const sideOf = (raw: TRawSide): TClashSide => ({ ...raw, scheduledAt: new Date(raw.scheduledAt) });

/**
 * Pairs of the user's 笔试/面试 in the next UPCOMING_CLASH_DAYS that clash (by the user's lengths
 * and buffer), earlier event first (the id breaks a tie of equal starts), in time order of the
 * earlier event, then of the later; a pair whose later event has begun is past. The first
 * UPCOMING_CLASHES_SHOWN + COUNT_CAP + 1 pairs: enough to list some and count the rest up to the
 * cap (lib/capped-count). Each appointment, in (time, id) order from the (userId, scheduledAt, id)
 * index, is matched with those starting within its reach, so the walk stops with the last pair kept.
 */
export async function listUpcomingClashes(userId: string, now: Date): Promise<{ bufferMinutes: number; pairs: TClashPair[] }> {
  assertUserId(userId);
  const settings = await getCalendarSettings(userId);
  const until = new Date(now.getTime() + UPCOMING_CLASH_DAYS * DAY_MS);
  const reaches = DATED_STAGES.map((stage) => ({ stage, minutes: clashReachMinutes(eventMinutes(stage, settings), settings.bufferMinutes) }));
  const reachEnd = Prisma.sql`x."scheduledAt" + make_interval(mins => CASE x.stage ${Prisma.join(reaches.map(({ stage, minutes }) => Prisma.sql`WHEN ${stage}::"Stage" THEN ${minutes}::int`), " ")} END)`;
  // An appointment under way still clashes with the next one: the earlier side starts at most the
  // longest reach before now, and its own reach ends after now. The pairs are found and ordered
  // first, each side's JSON built for the few kept.
  const since = new Date(now.getTime() - Math.max(...reaches.map(({ minutes }) => minutes)) * 60_000);
  const rows = await db.$queryRaw<{ first: TRawSide; second: TRawSide }[]>`
    SELECT ${sideSql("x")} AS first, ${sideSql("y")} AS second FROM (
    SELECT ${sideColumnsSql("x")}, ${sideColumnsSql("y")}, x."scheduledAt" AS x_at, y."scheduledAt" AS y_at
    FROM ${appointmentsSql("x", userId)}
    JOIN (${appointmentsSql("y", userId)}) ON ${appointmentInSql("y", userId, now, until)}
      AND (y."scheduledAt", y.id) > (x."scheduledAt", x.id) AND y."scheduledAt" < ${reachEnd}
    WHERE ${appointmentInSql("x", userId, since, until)} AND ${reachEnd} > ${now}
    ORDER BY x."scheduledAt", x.id, y."scheduledAt", y.id
    LIMIT ${limitSql(UPCOMING_CLASHES_SHOWN + COUNT_CAP + 1)}) pairs
    ORDER BY x_at, x_id, y_at, y_id`;
  return { bufferMinutes: settings.bufferMinutes, pairs: rows.map(({ first, second }) => [sideOf(first), sideOf(second)] as const) };
}
