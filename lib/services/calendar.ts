// The calendar's reads: every scheduled 测评/笔试/面试 of the user's companies that are not
// archived, on the days in view (at most a cap a day), as wall-clock times in the account's zone,
// with clashes (撞车) between appointments; and the clashes of one company's appointments, for its
// page. Only appointments still coming up clash (no result yet, on an active application: the
// events kept "live"), as on the dashboard (calendar-clashes.ts).
import "server-only";

import { DATED_STAGES } from "@/lib/applications/stages";
import { findClashes } from "@/lib/calendar/clashes";
import { eventEnd, type TCalendarSettings } from "@/lib/calendar/settings";
import { CALENDAR_DAY_CAP, DAY_MS, daysOf } from "@/lib/calendar/views";
import { utcToZonedInput, zonedToUtc } from "@/lib/dates/zone";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { comingUpSql, enumArraySql, liveEventsSql, liveEventsWhereSql, tierFilterSql } from "@/lib/services/list-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { Stage, type Tier } from "@/lib/generated/prisma/enums";
import type { TTierFilter } from "@/lib/validation/companies-options";

export const CALENDAR_STAGES: readonly Stage[] = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW];

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

type TRow = {
  id: string;
  stage: Stage;
  label: string;
  scheduledAt: Date | null;
  linkExpiresAt: Date | null;
  application: { company: { id: string; name: string; tier: Tier | null } };
};

/** A 笔试 or 面试 still coming up (comingUpSql), at `at`, of the company `name`. */
type TAppointment = { id: string; stage: Stage; at: Date; name: string };

/** For each clashing appointment, the names of the companies it clashes with. */
function clashNames(appointments: readonly TAppointment[], settings: TCalendarSettings): Map<string, string[]> {
  const names = new Map(appointments.map((appointment) => [appointment.id, appointment.name]));
  const timed = appointments.map(({ id, stage, at }) => ({ id, start: at, end: eventEnd(stage, at, settings) }));
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

type TRangeRow = { id: string; stage: Stage; label: string; at: Date; deadline: boolean; clashable: boolean; companyId: string; name: string; tier: Tier | null; day: string; hidden: number };

/**
 * The user's calendar hits whose day (in `timeZone`) is in `[from, to)`, wall-clock days: each
 * scheduled 测评/笔试/面试 at its time and each link deadline at its own, from companies not
 * archived, at most CALENDAR_DAY_CAP a day (in time order) of those matching `filter` and as many
 * of the others (which can still clash with them), and on each row the number of the day's hits
 * matching `filter` that are left out (each row's day found among the days' first
 * instants, not by converting its time). Served by the (userId, scheduledAt) and (userId,
 * linkExpiresAt) indexes: it reads the range's rows, whatever the user holds elsewhere.
 */
export function calendarRangeSql(userId: string, timeZone: string, days: { from: string; to: string }, filter: TCalendarFilter): Prisma.Sql {
  const dayList = daysOf(days);
  const dayStarts = [...dayList, days.to].map((day) => zonedToUtc(`${day}T00:00`, timeZone));
  const [from, to] = [dayStarts[0]!, dayStarts.at(-1)!];
  const starts = Prisma.sql`${dayStarts.map((start) => start.toISOString())}::timestamptz[]`;
  const stages = enumArraySql(CALENDAR_STAGES, "Stage");
  // A link deadline never clashes; an event at its time does when it is a 笔试/面试 still coming up.
  const clashable = (deadline: boolean) => (deadline ? Prisma.sql`false` : Prisma.sql`(stage = ANY(${enumArraySql(DATED_STAGES, "Stage")}) AND ${comingUpSql("e")})`);
  const hits = (column: string, deadline: boolean) => Prisma.sql`
    SELECT id, "applicationId", stage, label, ${Prisma.raw(`"${column}"`)} AS at, ${Prisma.raw(String(deadline))} AS deadline,
      ${clashable(deadline)} AS clashable FROM "StageEvent" e
    WHERE "userId" = ${userId} AND stage = ANY(${stages}) AND ${Prisma.raw(`"${column}"`)} >= ${from} AND ${Prisma.raw(`"${column}"`)} < ${to}`;
  const matching = Prisma.sql`${tierFilterSql(Prisma.sql`tier`, filter.tiers)} AND (${filter.stages.length === 0} OR stage = ANY(${[...filter.stages]}::"Stage"[]))`;
  // The range's events first (MATERIALIZED: read once, whatever the plan), then their companies.
  return Prisma.sql`
    WITH hit AS MATERIALIZED (${hits("scheduledAt", false)} UNION ALL ${hits("linkExpiresAt", true)}),
    dated AS (
      SELECT h.id, h.stage, h.label, h.at, h.deadline, h.clashable, c.id AS "companyId", c.name, c.tier, width_bucket(h.at, ${starts}) AS day
      FROM hit h
      JOIN "Application" a ON a.id = h."applicationId" AND a."userId" = ${userId}
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
    ),
    ranked AS (SELECT *, ${matching} AS matching, row_number() OVER (PARTITION BY day, ${matching} ORDER BY at, id, deadline) AS n FROM dated),
    counted AS (SELECT *, count(*) FILTER (WHERE n > ${CALENDAR_DAY_CAP} AND matching) OVER (PARTITION BY day)::int AS hidden FROM ranked)
    SELECT id, stage, label, at, deadline, clashable, "companyId", name, tier, (${dayList}::text[])[day] AS day, hidden FROM counted
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
export async function listCalendar(userId: string, timeZone: string, settings: TCalendarSettings, days: { from: string; to: string }, filter: TCalendarFilter): Promise<{ entries: TCalendarEntry[]; more: TCalendarMore[] }> {
  assertUserId(userId);
  const hits = await db.$queryRaw<TRangeRow[]>(calendarRangeSql(userId, timeZone, days, filter));
  const rows = hits.map(rowOf);
  const clashes = clashNames(hits.filter((hit) => hit.clashable), settings);
  const more = new Map(hits.filter((hit) => hit.hidden > 0).map((hit) => [hit.day, hit.hidden]));
  return {
    entries: rows.flatMap((row) => entriesOf(row, timeZone, clashes, settings)).filter((entry) => matches(entry, filter)),
    more: [...more].map(([day, count]) => ({ day, count })),
  };
}

type TCompanyClash = { eventId: string; stage: Stage; label: string; start: string; clashesWith: string[] };

/**
 * The company's appointments from yesterday on that clash with another of the user's
 * appointments (both still coming up), and the buffer (the user's setting) they were checked with.
 */
export async function listCompanyClashes(userId: string, companyId: string, timeZone: string, settings: TCalendarSettings, now = new Date()): Promise<{ bufferMinutes: number; clashes: TCompanyClash[] }> {
  assertUserId(userId);
  const since = new Date(now.getTime() - DAY_MS);
  const [own] = await db.$queryRaw<[{ first: Date | null; last: Date | null }]>`
    SELECT min(e."scheduledAt") AS first, max(e."scheduledAt") AS last FROM "StageEvent" e
    WHERE ${liveEventsWhereSql(userId, { from: since }, DATED_STAGES)}
      AND e."applicationId" IN (SELECT a.id FROM "Application" a WHERE a."userId" = ${userId} AND a."companyId" = ${companyId})`;
  if (!own.first || !own.last) return { bufferMinutes: settings.bufferMinutes, clashes: [] };
  const range = { from: new Date(own.first.getTime() - DAY_MS), to: new Date(own.last.getTime() + DAY_MS) };
  const rows = await db.$queryRaw<(TAppointment & { label: string; companyId: string })[]>`
    SELECT e.id, e.stage, e.label, e."scheduledAt" AS at, owner."companyId", owner."companyName" AS name
    ${liveEventsSql(userId, range, DATED_STAGES)}`;
  const clashes = clashNames(rows, settings);
  const companyClashes = rows
    .filter((row) => row.companyId === companyId && clashes.has(row.id))
    .map((row) => ({ eventId: row.id, stage: row.stage, label: row.label, start: utcToZonedInput(row.at, timeZone), clashesWith: clashes.get(row.id) ?? [] }))
    .sort((a, b) => a.start.localeCompare(b.start));
  return { bufferMinutes: settings.bufferMinutes, clashes: companyClashes };
}
