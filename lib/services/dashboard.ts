// The dashboard in ONE SQL statement: companies by tier, applications by (stage, outcome) for the
// funnel and the summary cards (kept in ApplicationCount), this week's events, and the next 14
// days of pending 测评/笔试/面试 (the first UPCOMING_LIMIT, and whether there are more). Archived
// companies (and their applications) are left out everywhere.
import "server-only";

import { STAGE_ORDER, stageIndex } from "@/lib/applications/stages";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Outcome, Stage, type Tier } from "@/lib/generated/prisma/enums";
import { startOfDayIn, weekBoundsIn } from "@/lib/dates/zone";
import { Prisma } from "@/lib/generated/prisma/client";
import { applicationCountsSql, pendingEventSql, type TStageCount } from "@/lib/services/list-sql";

const UPCOMING_DAYS = 14;
export const UPCOMING_LIMIT = 10;
const UPCOMING_STAGES: readonly Stage[] = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW];
/** The funnel's steps: 投递 → 测评 → 笔试 → 面试 → offer. */
const FUNNEL_STAGES: readonly Stage[] = STAGE_ORDER.filter((stage) => stage !== Stage.TO_APPLY);

export type TTierKey = Tier | "NONE";
export type TFunnelStep = { stage: Stage; reached: number; rejected: number };
export type TUpcomingEvent = {
  id: string;
  stage: Stage;
  label: string;
  scheduledAt: Date;
  companyId: string;
  companyName: string;
  tier: Tier | null;
  role: string;
};
export type TDashboard = {
  companies: { total: number; byTier: Record<TTierKey, number> };
  active: number;
  offers: number;
  rejected: number;
  eventsThisWeek: number;
  funnel: TFunnelStep[];
  upcoming: TUpcomingEvent[];
  /** More pending events in the window than `upcoming` holds. */
  upcomingMore: boolean;
};

type TRawUpcoming = Omit<TUpcomingEvent, "scheduledAt"> & { scheduledAt: string };
type TRaw = {
  tiers: Partial<Record<TTierKey, number>> | null;
  apps: TStageCount[] | null;
  week: number;
  upcoming: TRawUpcoming[] | null;
};

/**
 * The funnel from applications counted by (stage, outcome): an application counts in its own
 * stage and every step before it (an application at 面试 was also 投递'd), 挂 at the stage it
 * ended in. Applications still at 待投递 are not in the funnel.
 */
function buildFunnel(rows: readonly TStageCount[]): TFunnelStep[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    reached: rows.filter((row) => stageIndex(row.stage) >= stageIndex(stage)).reduce((sum, row) => sum + row.n, 0),
    rejected: rows
      .filter((row) => row.stage === stage && row.outcome === Outcome.REJECTED)
      .reduce((sum, row) => sum + row.n, 0),
  }));
}

function sumWhere(rows: readonly TStageCount[], keep: (row: TStageCount) => boolean): number {
  return rows.filter(keep).reduce((sum, row) => sum + row.n, 0);
}

export async function getDashboard(userId: string, timeZone: string, now = new Date()): Promise<TDashboard> {
  assertUserId(userId);
  const week = weekBoundsIn(now, timeZone);
  const until = startOfDayIn(now, timeZone, UPCOMING_DAYS);
  const stages = Prisma.sql`${[...UPCOMING_STAGES]}::"Stage"[]`;
  // Each part reads an index or the kept counts: companies by tier (index only), applications by
  // (stage, outcome) from ApplicationCount, this week's events by their time (index only, less
  // those of archived companies), and the first pending events from now on.
  const [result] = await db.$queryRaw<[{ data: TRaw }]>`
    SELECT json_build_object(
      'tiers', (SELECT json_object_agg(k.tier, k.n) FROM (
        SELECT COALESCE(c.tier::text, 'NONE') AS tier, count(*)::int AS n FROM "Company" c
        WHERE c."userId" = ${userId} AND c."archivedAt" IS NULL GROUP BY 1) k),
      'apps', ${applicationCountsSql(userId, [])},
      'week', (SELECT count(*)::int FROM "StageEvent" e
        WHERE e."userId" = ${userId} AND e."scheduledAt" >= ${week.start} AND e."scheduledAt" < ${week.end} AND e.stage = ANY(${stages}))
        - (SELECT count(*)::int FROM "Company" c
          JOIN "Application" a ON a."userId" = ${userId} AND a."companyId" = c.id
          JOIN "StageEvent" e ON e."userId" = ${userId} AND e."applicationId" = a.id
          WHERE c."userId" = ${userId} AND c."archivedAt" IS NOT NULL
            AND e."scheduledAt" >= ${week.start} AND e."scheduledAt" < ${week.end} AND e.stage = ANY(${stages})),
      'upcoming', (SELECT json_agg(u ORDER BY u."scheduledAt", u.id) FROM (
        SELECT e.id, e.stage, e.label, e."scheduledAt", c.id AS "companyId", c.name AS "companyName", c.tier, a.role
        FROM "StageEvent" e
        JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId} AND a.outcome = 'ACTIVE'::"Outcome"
        JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
        WHERE ${pendingEventSql("e", userId, now, UPCOMING_STAGES)} AND e."scheduledAt" < ${until}
        ORDER BY e."scheduledAt", e.id
        LIMIT ${UPCOMING_LIMIT + 1}) u)
    ) AS data`;
  const { tiers, apps, upcoming } = result.data;
  const rows = apps ?? [];
  const byTier: Record<TTierKey, number> = { S: 0, A: 0, B: 0, C: 0, N: 0, NONE: 0, ...tiers };
  return {
    companies: { total: Object.values(byTier).reduce((sum, n) => sum + n, 0), byTier },
    active: sumWhere(rows, (row) => row.outcome === Outcome.ACTIVE && row.stage !== Stage.TO_APPLY),
    offers: sumWhere(rows, (row) => row.outcome === Outcome.OFFER),
    rejected: sumWhere(rows, (row) => row.outcome === Outcome.REJECTED),
    eventsThisWeek: result.data.week,
    funnel: buildFunnel(rows),
    upcoming: (upcoming ?? []).slice(0, UPCOMING_LIMIT).map((event) => ({ ...event, scheduledAt: new Date(event.scheduledAt) })),
    upcomingMore: (upcoming ?? []).length > UPCOMING_LIMIT,
  };
}
