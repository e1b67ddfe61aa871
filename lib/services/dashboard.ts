// The dashboard in ONE SQL statement: companies by tier and their latest application's stage and
// outcome for the summary and the tier portfolio (kept in CompanyCount), applications by (tier,
// stage, outcome) for the funnels and the summary cards (kept in ApplicationCount), this week's
// pending events (the next 7 days, counted up to the cap of lib/capped-count), the next 14 days
// of pending 测评/笔试/面试 (the first UPCOMING_LIMIT, and whether there are more), and 需要更新
// (events past with no result). Archived companies (and their applications) are left out everywhere.
import "server-only";

import {
  buildFunnel,
  buildTierFunnels,
  buildTierPortfolio,
  type TCompanyKeyCount,
  type TFunnelStep,
  type TTierCount,
  type TTierFunnel,
  type TTierKey,
  type TTierPortfolio,
} from "@/lib/applications/funnel";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Outcome, Stage, type Tier } from "@/lib/generated/prisma/enums";
import { nextWeekFrom, startOfDayIn } from "@/lib/dates/zone";
import { limitSql, liveEventsCountSql, liveEventsSql } from "@/lib/services/list-sql";
import { overdueEventsSql, toOverdueEvent, type TOverdueEvent, type TRawOverdue } from "@/lib/services/overdue-events";

const UPCOMING_DAYS = 14;
export const UPCOMING_LIMIT = 10;
const UPCOMING_STAGES: readonly Stage[] = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW];

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
  /** Up to the cap of lib/capped-count. */
  eventsThisWeek: number;
  funnel: TFunnelStep[];
  tierFunnels: TTierFunnel[];
  portfolio: TTierPortfolio;
  upcoming: TUpcomingEvent[];
  /** More pending events in the window than `upcoming` holds. */
  upcomingMore: boolean;
  /** `count` up to the cap of lib/capped-count. */
  overdue: { count: number; events: TOverdueEvent[] };
};

type TRawUpcoming = Omit<TUpcomingEvent, "scheduledAt"> & { scheduledAt: string };
type TRaw = {
  apps: TTierCount[] | null;
  keys: TCompanyKeyCount[] | null;
  week: number;
  upcoming: TRawUpcoming[] | null;
  overdue: { count: number; events: TRawOverdue[] | null };
};

function sumWhere(rows: readonly TTierCount[], keep: (row: TTierCount) => boolean): number {
  return rows.filter(keep).reduce((sum, row) => sum + row.n, 0);
}

export async function getDashboard(userId: string, timeZone: string, now = new Date()): Promise<TDashboard> {
  assertUserId(userId);
  const week = nextWeekFrom(now);
  const until = startOfDayIn(now, timeZone, UPCOMING_DAYS);
  // Each part reads the kept counts, or an index up to a limit.
  const [result] = await db.$queryRaw<[{ data: TRaw }]>`
    SELECT json_build_object(
      'keys', (SELECT json_agg(k) FROM (
        SELECT k.tier, NULLIF(k.stage, 'NONE') AS stage, NULLIF(k.outcome, 'NONE') AS outcome, k.n FROM "CompanyCount" k
        WHERE k."userId" = ${userId} AND k.n > 0) k),
      'apps', (SELECT json_agg(k) FROM (
        SELECT k.tier, k.stage, k.outcome, sum(k.n)::int AS n FROM "ApplicationCount" k
        WHERE k."userId" = ${userId} GROUP BY k.tier, k.stage, k.outcome HAVING sum(k.n) > 0) k),
      'week', ${liveEventsCountSql(userId, { from: week.start, to: week.end }, UPCOMING_STAGES)},
      'upcoming', (SELECT json_agg(u ORDER BY u."scheduledAt", u.id) FROM (
        SELECT e.id, e.stage, e.label, e."scheduledAt", owner."companyId", owner."companyName", owner.tier, owner.role
        ${liveEventsSql(userId, { from: now, to: until }, UPCOMING_STAGES)}
        ORDER BY e."scheduledAt", e.id
        LIMIT ${limitSql(UPCOMING_LIMIT + 1)}) u),
      'overdue', ${overdueEventsSql(userId, now)}
    ) AS data`;
  const { apps, keys, upcoming, overdue } = result.data;
  const rows = apps ?? [];
  const byTier: Record<TTierKey, number> = { S: 0, A: 0, B: 0, C: 0, N: 0, NONE: 0 };
  for (const key of keys ?? []) byTier[key.tier] += key.n;
  return {
    companies: { total: Object.values(byTier).reduce((sum, n) => sum + n, 0), byTier },
    active: sumWhere(rows, (row) => row.outcome === Outcome.ACTIVE && row.stage !== Stage.TO_APPLY),
    offers: sumWhere(rows, (row) => row.outcome === Outcome.OFFER),
    rejected: sumWhere(rows, (row) => row.outcome === Outcome.REJECTED),
    eventsThisWeek: result.data.week,
    funnel: buildFunnel(rows),
    tierFunnels: buildTierFunnels(rows),
    portfolio: buildTierPortfolio(keys ?? []),
    upcoming: (upcoming ?? []).slice(0, UPCOMING_LIMIT).map((event) => ({ ...event, scheduledAt: new Date(event.scheduledAt) })),
    upcomingMore: (upcoming ?? []).length > UPCOMING_LIMIT,
    overdue: { count: overdue.count, events: (overdue.events ?? []).map(toOverdueEvent) },
  };
}
