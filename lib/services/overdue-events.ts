// 需要更新: the user's events whose time has passed with no result (PENDING, scheduled before
// now) on applications still active at companies not archived. The dashboard lists them (each
// with its application's version, so 通过 / 挂 / 改期 go through the version-checked moves) and
// the navigation shows how many there are (up to the cap of lib/capped-count).
import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { limitSql, liveEventsCountSql, liveEventsSql } from "@/lib/services/list-sql";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";

/** The most the dashboard lists at once; the count covers them all (up to its cap). */
const OVERDUE_LIMIT = 20;

export type TOverdueEvent = {
  id: string;
  applicationId: string;
  version: number;
  stage: Stage;
  label: string;
  scheduledAt: Date;
  notes: string;
  link: string | null;
  linkExpiresAt: Date | null;
  companyId: string;
  companyName: string;
  tier: Tier | null;
  role: string;
};
export type TRawOverdue = Omit<TOverdueEvent, "scheduledAt" | "linkExpiresAt"> & { scheduledAt: string; linkExpiresAt: string | null };

/** How many events need a result, read with the cap (lib/capped-count). */
function overdueCountSql(userId: string, now: Date): Prisma.Sql {
  return liveEventsCountSql(userId, { to: now });
}

/** JSON: { count, events } (the oldest OVERDUE_LIMIT first), for the dashboard's one statement. */
export function overdueEventsSql(userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`json_build_object(
    'count', ${overdueCountSql(userId, now)},
    'events', (SELECT json_agg(o ORDER BY o."scheduledAt", o.id) FROM (
      SELECT e.id, owner."applicationId", owner.version, e.stage, e.label, e."scheduledAt", e.notes, e.link, e."linkExpiresAt",
        owner."companyId", owner."companyName", owner.tier, owner.role
      ${liveEventsSql(userId, { to: now })}
      ORDER BY e."scheduledAt", e.id LIMIT ${limitSql(OVERDUE_LIMIT)}) o))`;
}

export function toOverdueEvent(raw: TRawOverdue): TOverdueEvent {
  return { ...raw, scheduledAt: new Date(raw.scheduledAt), linkExpiresAt: raw.linkExpiresAt ? new Date(raw.linkExpiresAt) : null };
}

/** How many events need a result, up to the cap (the number on the 仪表盘 navigation item). */
export async function countOverdueEvents(userId: string, now = new Date()): Promise<number> {
  assertUserId(userId);
  const [row] = await db.$queryRaw<[{ n: number }]>`SELECT ${overdueCountSql(userId, now)} AS n`;
  return row.n;
}
