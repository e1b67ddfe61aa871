// The companies table: filter, sort and paginate on the server in ONE SQL statement, plus tier
// counts. The latest application's stage, outcome and last change are kept on the company
// (lib/services/company-keys), so the statement reads companies alone; LATERAL joins add the next
// event and prep progress of the page's rows.
import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";
import { percentOf } from "@/lib/prep/checklist";
import { nextWeekFrom } from "@/lib/dates/zone";
import { prepJoin } from "@/lib/services/companies-prep";
import { nextEventPageSql } from "@/lib/services/companies-table-next";
import { companySearchSql, companyTierCountsSql, limitSql, nextEventOfCompany, pagePositionSql, pendingEventSql, tierFilterSql } from "@/lib/services/list-sql";
import {
  DEFAULT_TABLE_PREFERENCES,
  ZTablePreferences,
  type TCompanySortKey,
  type TCompanyTableQuery,
  type TTablePreferences,
  type TTierFilter,
} from "@/lib/validation/companies";

/** What a row shows, and no more: the page hands these to the client as they are. */
export type TCompanyRow = {
  id: string;
  name: string;
  aliases: string[];
  tier: Tier | null;
  revival: boolean;
  /** The latest application's stage; 待投递 without one. */
  stage: Stage;
  /** Null when the company has no application yet (待投递). */
  outcome: Outcome | null;
  nextEvent: { stage: Stage; label: string; at: Date } | null;
  lastActivity: Date;
  /** Prep progress in percent; null when no set is linked and no task planned. */
  prep: number | null;
};

export type TCompanyPage = {
  rows: TCompanyRow[];
  total: number;
  tierCounts: Record<TTierFilter, number>;
  /** The user's column visibility and density (User.preferences), read in the same statement. */
  preferences: TTablePreferences;
  /** How many companies are archived (the "archived" view's count). */
  archivedCount: number;
};

type TRawRow = Omit<TCompanyRow, "nextEvent" | "lastActivity" | "prep"> & {
  nextStage: Stage | null;
  nextLabel: string | null;
  nextAt: string | null;
  lastActivity: string;
  prepDone: number;
  prepTotal: number;
};
type TRawPage = { prefs: unknown; archived: number; tiers: Record<string, number> | null; rows: TRawRow[] | null };

/** What a row reads from the company `c` itself. */
const ROW_COLUMNS = Prisma.sql`c.id, c.name, c.aliases, c.tier, c.revival, c."tierListOrder",
  coalesce(c."latestStage", 'TO_APPLY'::"Stage") AS stage, c."latestOutcome" AS outcome,
  greatest(c."updatedAt", c."latestChangedAt") AS "lastActivity"`;

const SORT_SQL: Record<Exclude<TCompanySortKey, "prep" | "nextEvent">, Prisma.Sql> = {
  name: Prisma.sql`b.name COLLATE "zh-x-icu"`,
  tier: Prisma.sql`b.tier`,
  stage: Prisma.sql`b.stage`,
  outcome: Prisma.sql`b.outcome`,
  lastActivity: Prisma.sql`b."lastActivity"`,
};

/**
 * Rows equal on the sorted column (after an import every company changed at the same instant)
 * keep the order the notes' tier list gives them, then companies added by hand by name.
 */
function tiebreak(alias: string): Prisma.Sql {
  const row = Prisma.raw(alias);
  return Prisma.sql`${row}."tierListOrder" ASC NULLS LAST, ${row}.name COLLATE "zh-x-icu" ASC, ${row}.id ASC`;
}

/** The conditions of the table's filters (search, stage, outcome, this week), tier aside. */
function filtersSql(userId: string, query: TCompanyTableQuery, now: Date): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (query.q !== "") parts.push(companySearchSql("c", query.q));
  if (query.stage.length > 0) {
    parts.push(Prisma.sql`coalesce(c."latestStage", 'TO_APPLY'::"Stage") = ANY(${query.stage}::"Stage"[])`);
  }
  if (query.outcome.length > 0) {
    parts.push(Prisma.sql`c."latestOutcome" = ANY(${query.outcome}::"Outcome"[])`);
  }
  if (query.week) {
    const { start, end } = nextWeekFrom(now);
    parts.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "StageEvent" we JOIN "Application" wa ON wa.id = we."applicationId"
      WHERE wa."userId" = ${userId} AND wa."companyId" = c.id AND ${pendingEventSql("we", userId, start)} AND we."scheduledAt" < ${end})`);
  }
  return parts;
}

/**
 * CTEs ending in `page` (ROW_COLUMNS plus ord; with sort=prep also prep progress; with
 * sort=nextEvent also the next event) for the companies `c` that `kept` keeps.
 */
function pageSql(userId: string, query: TCompanyTableQuery, kept: Prisma.Sql, now: Date): Prisma.Sql {
  const offset = (query.page - 1) * query.size;
  if (query.sort === "nextEvent") {
    return nextEventPageSql(userId, { columns: ROW_COLUMNS, kept, tiebreak }, now, { dir: query.dir, size: query.size, offset });
  }
  const dir = Prisma.raw(query.dir === "asc" ? "ASC" : "DESC");
  const prepPercent = Prisma.sql`CASE WHEN prep."prepTotal" = 0 THEN -1 ELSE prep."prepDone"::float / prep."prepTotal" END`;
  const ordered =
    query.sort === "prep"
      ? Prisma.sql`ordered AS (SELECT f.*, prep."prepDone", prep."prepTotal", ${prepPercent} AS "prepPercent"
          FROM (SELECT ${ROW_COLUMNS} FROM "Company" c WHERE ${kept}) f ${prepJoin(userId, Prisma.sql`f.id`)})`
      : Prisma.sql`ordered AS (SELECT ${ROW_COLUMNS} FROM "Company" c WHERE ${kept})`;
  const order = query.sort === "prep" ? Prisma.sql`b."prepPercent"` : SORT_SQL[query.sort];
  return Prisma.sql`${ordered},
    page AS (
      SELECT b.*, row_number() OVER () AS ord FROM (
        SELECT * FROM ordered b ORDER BY ${order} ${dir} NULLS LAST, ${tiebreak("b")} LIMIT ${limitSql(query.size)} OFFSET ${pagePositionSql(offset)}
      ) b
    )`;
}

/**
 * One page of the user's companies for the table (the active ones, or with `archived` the
 * archived ones), with the tier chip counts.
 */
export async function listCompanyTable(
  userId: string,
  query: TCompanyTableQuery,
  options: { now?: Date } = {},
): Promise<TCompanyPage> {
  assertUserId(userId);
  const now = options.now ?? new Date();
  const sortByPrep = query.sort === "prep";
  const byNextEvent = query.sort === "nextEvent";
  const nextColumns = Prisma.sql`ne.stage AS "nextStage", ne.label AS "nextLabel", ne."scheduledAt" AS "nextAt"`;
  const archivedSql = query.archived ? Prisma.sql`c."archivedAt" IS NOT NULL` : Prisma.sql`c."archivedAt" IS NULL`;
  const filters = filtersSql(userId, query, now);
  const kept = Prisma.sql`c."userId" = ${userId} AND ${Prisma.join([archivedSql, ...filters], " AND ")}`;
  // The tier chips (tier filter aside): the kept counts in the default view, else a count of the companies kept.
  const tierCountsQuery =
    filters.length === 0 && !query.archived
      ? companyTierCountsSql(userId)
      : Prisma.sql`(SELECT json_object_agg(t.tier, t.n) FROM (
          SELECT coalesce(c.tier::text, 'NONE') AS tier, count(*)::int AS n FROM "Company" c WHERE ${kept} GROUP BY 1) t)`;

  const [result] = await db.$queryRaw<[{ data: TRawPage }]>`
    WITH ${pageSql(userId, query, Prisma.sql`${kept} AND ${tierFilterSql(Prisma.sql`c.tier`, query.tier)}`, now)}
    SELECT json_build_object(
      'prefs', (SELECT u.preferences -> 'companiesTable' FROM "User" u WHERE u.id = ${userId}),
      'archived', (SELECT count(*) FROM "Company" a WHERE a."userId" = ${userId} AND a."archivedAt" IS NOT NULL),
      'tiers', ${tierCountsQuery},
      'rows', (SELECT json_agg(r ORDER BY r.ord) FROM (
        SELECT p.*
          ${byNextEvent ? Prisma.empty : Prisma.sql`, ${nextColumns}`}
          ${sortByPrep ? Prisma.empty : Prisma.sql`, prep."prepDone", prep."prepTotal"`}
        FROM page p
        ${byNextEvent ? Prisma.empty : nextEventOfCompany(userId, Prisma.sql`p.id`, now)}
        ${sortByPrep ? Prisma.empty : prepJoin(userId, Prisma.sql`p.id`)}
      ) r)
    ) AS data`;

  const raw = result.data;
  const tierCounts: Record<TTierFilter, number> = { S: 0, A: 0, B: 0, C: 0, N: 0, NONE: 0, ...(raw.tiers ?? {}) };
  // The filtered total is the tier counts of the tiers kept (all of them without a tier filter).
  const counted = query.tier.length === 0 ? Object.values(tierCounts) : [...new Set(query.tier)].map((tier) => tierCounts[tier]);
  const preferences = ZTablePreferences.safeParse(raw.prefs);
  return {
    rows: (raw.rows ?? []).map(toRow),
    total: counted.reduce((sum, n) => sum + n, 0),
    tierCounts,
    preferences: preferences.success ? preferences.data : DEFAULT_TABLE_PREFERENCES,
    archivedCount: Number(raw.archived),
  };
}

function toRow(row: TRawRow): TCompanyRow {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    tier: row.tier,
    revival: row.revival,
    stage: row.stage,
    outcome: row.outcome,
    nextEvent:
      row.nextStage && row.nextAt ? { stage: row.nextStage, label: row.nextLabel ?? "", at: new Date(row.nextAt) } : null,
    lastActivity: new Date(row.lastActivity),
    prep: row.prepTotal === 0 ? null : percentOf(row.prepDone, row.prepTotal),
  };
}
