// 需要更新: the user's events whose time has passed with no result (PENDING, scheduled before
// now) on applications still active at companies not archived. The dashboard lists them (each
// with its application's version, so 通过 / 挂 / 改期 go through the version-checked moves) and
// the navigation shows how many there are.
import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";

/** The most the dashboard lists at once; the count covers them all. */
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

/** FROM … WHERE of the overdue events `e` of the user, with their application `a` and company `c`. */
function overdueFromSql(userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId} AND a.outcome = 'ACTIVE'::"Outcome"
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
    WHERE e."userId" = ${userId} AND e.result = 'PENDING'::"EventResult" AND e."scheduledAt" < ${now}`;
}

/** JSON: { count, events } (the oldest OVERDUE_LIMIT first), for the dashboard's one statement. */
export function overdueEventsSql(userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`json_build_object(
    'count', (SELECT count(*)::int ${overdueFromSql(userId, now)}),
    'events', (SELECT json_agg(o ORDER BY o."scheduledAt", o.id) FROM (
      SELECT e.id, a.id AS "applicationId", a.version, e.stage, e.label, e."scheduledAt", e.notes, e.link, e."linkExpiresAt",
        c.id AS "companyId", c.name AS "companyName", c.tier, a.role
      ${overdueFromSql(userId, now)}
      ORDER BY e."scheduledAt", e.id LIMIT ${OVERDUE_LIMIT}) o))`;
}

export function toOverdueEvent(raw: TRawOverdue): TOverdueEvent {
  return { ...raw, scheduledAt: new Date(raw.scheduledAt), linkExpiresAt: raw.linkExpiresAt ? new Date(raw.linkExpiresAt) : null };
}

/** How many events need a result (the number on the 仪表盘 navigation item). */
export async function countOverdueEvents(userId: string, now = new Date()): Promise<number> {
  assertUserId(userId);
  const [row] = await db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n ${overdueFromSql(userId, now)}`;
  return row.n;
}
