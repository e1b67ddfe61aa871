import "server-only";

// The dashboard's 撞车 ahead: pairs of the user's 笔试/面试 in the next two weeks that clash by
// the user's lengths and buffer (the calendar's own rule, lib/calendar/clashes), found in SQL.

import { DATED_STAGES } from "@/lib/applications/stages";
import { COUNT_CAP } from "@/lib/capped-count";
import { clashReachMinutes } from "@/lib/calendar/clashes";
import { eventMinutes, type TCalendarSettings } from "@/lib/calendar/settings";
import { DAY_MS } from "@/lib/calendar/views";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import { eventOwnerSql, limitSql, liveEventsWhereSql } from "@/lib/services/list-sql";

/** How far ahead the dashboard looks for clashes, and how many pairs it lists. */
const UPCOMING_CLASH_DAYS = 14;
export const UPCOMING_CLASHES_SHOWN = 5;

type TClashSide = { eventId: string; companyId: string; companyName: string; tier: Tier | null; stage: Stage; label: string; scheduledAt: Date };
export type TClashPair = readonly [TClashSide, TClashSide];

/** One side `e` of a kept pair `p`, as JSON (TRawSide): its event's label and its owner (eventOwnerSql) looked up. */
function sideSql(e: string, userId: string): Prisma.Sql {
  const [event, owner] = [Prisma.raw(e), Prisma.raw(`${e}c`)];
  return Prisma.sql`(SELECT json_build_object('eventId', ${event}.id, 'companyId', ${owner}."companyId", 'companyName', ${owner}."companyName",
      'tier', ${owner}.tier, 'stage', ${event}.stage, 'label', ${event}.label, 'scheduledAt', ${event}."scheduledAt")
    FROM "StageEvent" ${event} ${eventOwnerSql(e, `${e}c`, userId)} WHERE ${event}.id = p.${Prisma.raw(`${e}_id`)} AND ${event}."userId" = ${userId})`;
}

type TRawSide = Omit<TClashSide, "scheduledAt"> & { scheduledAt: string };
const sideOf = (raw: TRawSide): TClashSide => ({ ...raw, scheduledAt: new Date(raw.scheduledAt) });

/**
 * Pairs of the user's live 笔试/面试 (the events the dashboard counts as coming up: no result yet,
 * active application, company not archived) in the next UPCOMING_CLASH_DAYS that clash by the
 * user's lengths and buffer, earlier event first (the id breaks a tie of equal starts), in time
 * order of the earlier event, then of the later; a pair whose later event has begun is past. The
 * first UPCOMING_CLASHES_SHOWN pairs, and how many more there are up to COUNT_CAP + 1
 * (lib/capped-count). The pairs are found on the pending live events' index alone
 * (StageEvent_pending_idx holds each event's stage), each appointment matched with those starting
 * within its reach, so the walk stops with the last pair counted; only the pairs shown look up
 * their labels and companies.
 */
export async function listUpcomingClashes(userId: string, settings: TCalendarSettings, now: Date): Promise<{ bufferMinutes: number; pairs: TClashPair[]; more: number }> {
  assertUserId(userId);
  const until = new Date(now.getTime() + UPCOMING_CLASH_DAYS * DAY_MS);
  const reaches = DATED_STAGES.map((stage) => ({ stage, minutes: clashReachMinutes(eventMinutes(stage, settings), settings.bufferMinutes) }));
  const reachEnd = Prisma.sql`x."scheduledAt" + make_interval(mins => CASE x.stage ${Prisma.join(reaches.map(({ stage, minutes }) => Prisma.sql`WHEN ${stage}::"Stage" THEN ${minutes}::int`), " ")} END)`;
  // An appointment under way still clashes with the next one: the earlier side starts at most the
  // longest reach before now, and its own reach ends after now.
  const since = new Date(now.getTime() - Math.max(...reaches.map(({ minutes }) => minutes)) * 60_000);
  const [{ shown, counted }] = await db.$queryRaw<[{ shown: { first: TRawSide; second: TRawSide }[] | null; counted: number }]>`
    WITH pairs AS (
      SELECT x.id AS x_id, x."scheduledAt" AS x_at, y.id AS y_id, y."scheduledAt" AS y_at
      FROM "StageEvent" x JOIN "StageEvent" y ON ${liveEventsWhereSql(userId, { from: now, to: until }, DATED_STAGES, "y")}
        AND (y."scheduledAt", y.id) > (x."scheduledAt", x.id) AND y."scheduledAt" < ${reachEnd}
      WHERE ${liveEventsWhereSql(userId, { from: since, to: until }, DATED_STAGES, "x")} AND ${reachEnd} > ${now}
      ORDER BY x."scheduledAt", x.id, y."scheduledAt", y.id
      LIMIT ${limitSql(UPCOMING_CLASHES_SHOWN + COUNT_CAP + 1)})
    SELECT (SELECT count(*)::int FROM pairs) AS counted,
      (SELECT json_agg(json_build_object('first', ${sideSql("x", userId)}, 'second', ${sideSql("y", userId)}) ORDER BY p.x_at, p.x_id, p.y_at, p.y_id)
        FROM (SELECT * FROM pairs ORDER BY x_at, x_id, y_at, y_id LIMIT ${limitSql(UPCOMING_CLASHES_SHOWN)}) p) AS shown`;
  return {
    bufferMinutes: settings.bufferMinutes,
    pairs: (shown ?? []).map(({ first, second }) => [sideOf(first), sideOf(second)] as const),
    more: counted - (shown?.length ?? 0),
  };
}
