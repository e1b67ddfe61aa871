import "server-only";

// The dashboard's 撞车 ahead: pairs of the user's 笔试/面试 in the next two weeks that clash by
// the user's lengths and buffer (the calendar's own rule, lib/calendar/clashes), found in SQL.

import { DATED_STAGES } from "@/lib/applications/stages";
import { COUNT_CAP } from "@/lib/capped-count";
import { clashReachMinutes } from "@/lib/calendar/clashes";
import { eventMinutes } from "@/lib/calendar/settings";
import { DAY_MS } from "@/lib/calendar/views";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import { getCalendarSettings } from "@/lib/services/calendar-settings";
import { enumArraySql, eventOwnerSql, limitSql } from "@/lib/services/list-sql";

/** How far ahead the dashboard looks for clashes, and how many pairs it lists. */
const UPCOMING_CLASH_DAYS = 14;
export const UPCOMING_CLASHES_SHOWN = 5;

type TClashSide = { eventId: string; companyId: string; companyName: string; tier: Tier | null; stage: Stage; label: string; scheduledAt: Date };
export type TClashPair = readonly [TClashSide, TClashSide];

/** The user's 笔试/面试 `e` with `ec`, its owner (eventOwnerSql) when its company is not archived. */
function appointmentsSql(e: string, userId: string): Prisma.Sql {
  return Prisma.sql`"StageEvent" ${Prisma.raw(e)} ${eventOwnerSql(e, `${e}c`, userId, true)}`;
}

/** The appointment `e` of appointmentsSql belongs to the user and starts in [from, to). */
function appointmentInSql(e: string, userId: string, from: Date, to: Date): Prisma.Sql {
  const event = Prisma.raw(e);
  return Prisma.sql`${event}."userId" = ${userId} AND ${event}.stage = ANY(${enumArraySql(DATED_STAGES, "Stage")}) AND ${event}."scheduledAt" >= ${from} AND ${event}."scheduledAt" < ${to}`;
}

/** The columns of one side `e` of a pair, named `e_…`; and as JSON (TRawSide) from those names. */
const sideColumnsSql = (e: string) => Prisma.raw(`${e}.id AS ${e}_id, ${e}c."companyId" AS ${e}_company, ${e}c."companyName" AS ${e}_name, ${e}c.tier AS ${e}_tier, ${e}.stage AS ${e}_stage, ${e}.label AS ${e}_label`);
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
