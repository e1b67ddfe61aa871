// The board: one card per application that is not withdrawn (and one per company with no
// application yet, in 待投递: no latest application kept on it), by column, in ONE SQL statement.
// Columns show their most recently changed cards first, at most BOARD_COLUMN_LIMIT each, each
// source read from an index; the full counts come from the kept ApplicationCount rows (and the
// companies with no application), so the cost follows the cards shown, not the applications; a
// search counts the cards it keeps.
import "server-only";

import { boardColumnFor, type TBoardColumn } from "@/lib/applications/board";
import type { TStageCount } from "@/lib/applications/funnel";
import { STAGE_ORDER } from "@/lib/applications/stages";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { Outcome, Stage, type Tier } from "@/lib/generated/prisma/enums";
import { percentOf } from "@/lib/prep/checklist";
import { searchNeedle } from "@/lib/search/company-text";
import { prepJoin } from "@/lib/services/companies-prep";
import { applicationCountsSql, companySearchSql, enumArraySql, lastEventOfApplication, limitSql, nextEventOfApplication, tierFilterSql } from "@/lib/services/list-sql";
import type { TTierFilter } from "@/lib/validation/companies";

export const BOARD_COLUMN_LIMIT = 10;

export type TBoardCard = {
  /** Null for a company with no application yet: dropping it starts one. */
  applicationId: string | null;
  version: number | null;
  companyId: string;
  name: string;
  tier: Tier | null;
  role: string;
  stage: Stage;
  outcome: Outcome;
  column: TBoardColumn;
  nextEvent: TCardEvent | null;
  /** With no next event: the latest one dated in the past ("笔试 · 3 天前"). */
  lastEvent: TCardEvent | null;
  prep: { done: number; total: number; percent: number };
};

type TCardEvent = { stage: Stage; label: string; at: Date };

/** The tier chips and the search box (name, alias, pinyin or initials) of the board. */
export type TBoardFilter = { tiers: readonly TTierFilter[]; q: string };

export type TBoard = { cards: TBoardCard[]; counts: Partial<Record<TBoardColumn, number>> };

type TRawCard = Omit<TBoardCard, "nextEvent" | "lastEvent" | "prep"> & {
  nextStage: Stage | null;
  nextLabel: string | null;
  nextAt: string | null;
  lastStage: Stage | null;
  lastLabel: string | null;
  lastAt: string | null;
  prepDone: number;
  prepTotal: number;
};

/** Column counts from the kept (stage, outcome) counts, plus the companies with no application in 待投递. */
function columnCounts(rows: readonly TStageCount[], fresh: number): TBoard["counts"] {
  const counts: TBoard["counts"] = {};
  const add = (column: TBoardColumn, n: number) => {
    if (n > 0) counts[column] = (counts[column] ?? 0) + n;
  };
  for (const row of rows) {
    const column = boardColumnFor(row);
    if (column) add(column, row.n);
  }
  add(Stage.TO_APPLY, fresh);
  return counts;
}

const NO_FILTER: TBoardFilter = { tiers: [], q: "" };

export async function listBoard(userId: string, { tiers, q }: TBoardFilter = NO_FILTER, now = new Date()): Promise<TBoard> {
  assertUserId(userId);
  const search = companySearchSql("c", q);
  const liveCompany = Prisma.sql`c."userId" = ${userId} AND c."archivedAt" IS NULL AND ${tierFilterSql(Prisma.sql`c.tier`, tiers)} AND ${search}`;
  // Without a search, the kept counts; a search counts the applications of the companies it finds.
  const counts =
    searchNeedle(q) === ""
      ? applicationCountsSql(userId, tiers)
      : Prisma.sql`(SELECT json_agg(k) FROM (
          SELECT a.stage, a.outcome, count(*)::int AS n FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND ${liveCompany}
          WHERE a."userId" = ${userId} GROUP BY a.stage, a.outcome) k)`;
  // The newest BOARD_COLUMN_LIMIT cards of each source, read from an index: the active applications
  // of each stage, and those with an offer or rejected (any stage), so the statement reads a page per
  // column whatever the number of applications.
  const newest = (where: Prisma.Sql) => Prisma.sql`LATERAL (
    SELECT a.id AS "applicationId", a.version, c.id AS "companyId", c.name, c.tier, a.role, a.stage, a.outcome, a."updatedAt" AS changed
    FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND ${liveCompany}
    WHERE a."userId" = ${userId} AND ${where}
    ORDER BY a."updatedAt" DESC, a.id DESC LIMIT ${limitSql(BOARD_COLUMN_LIMIT)}) k`;
  const [result] = await db.$queryRaw<[{ data: { apps: TStageCount[] | null; fresh: number; cards: TRawCard[] | null } }]>`
    WITH cards AS (
      SELECT k.* FROM unnest(${enumArraySql(STAGE_ORDER, "Stage")}) s(stage)
        CROSS JOIN ${newest(Prisma.sql`a.outcome = 'ACTIVE'::"Outcome" AND a.stage = s.stage`)}
      UNION ALL
      SELECT k.* FROM unnest(${enumArraySql([Outcome.OFFER, Outcome.REJECTED], "Outcome")}) o(outcome)
        CROSS JOIN ${newest(Prisma.sql`a.outcome = o.outcome`)}
      UNION ALL (
        SELECT NULL, NULL, c.id, c.name, c.tier, '', 'TO_APPLY'::"Stage", 'ACTIVE'::"Outcome", c."updatedAt"
        FROM "Company" c WHERE ${liveCompany} AND c."latestStage" IS NULL
        ORDER BY c."updatedAt" DESC, c.id DESC LIMIT ${limitSql(BOARD_COLUMN_LIMIT)})
    ),
    ranked AS (
      SELECT cards.*, (CASE outcome WHEN 'REJECTED' THEN 'REJECTED' WHEN 'OFFER' THEN 'OFFER' ELSE stage::text END) AS "column"
      FROM cards
    ),
    shown AS (
      SELECT * FROM (
        SELECT ranked.*, row_number() OVER (PARTITION BY "column" ORDER BY changed DESC, "applicationId" DESC NULLS LAST, "companyId" DESC) AS rn
        FROM ranked
      ) r WHERE rn <= ${limitSql(BOARD_COLUMN_LIMIT)}
    )
    SELECT json_build_object(
      'apps', ${counts},
      'fresh', (SELECT count(*)::int FROM "Company" c WHERE ${liveCompany} AND c."latestStage" IS NULL),
      'cards', (SELECT json_agg(card ORDER BY card."column" COLLATE "C", card.rn) FROM (
        SELECT r.*, ne.stage AS "nextStage", ne.label AS "nextLabel", ne."scheduledAt" AS "nextAt",
          le.stage AS "lastStage", le.label AS "lastLabel", le.at AS "lastAt",
          prep."prepDone", prep."prepTotal"
        FROM shown r
        ${nextEventOfApplication(userId, Prisma.sql`r."applicationId"`, now)}
        ${lastEventOfApplication(userId, Prisma.sql`r."applicationId"`, now, Prisma.sql`ne."scheduledAt" IS NULL`)}
        ${prepJoin(userId, Prisma.sql`r."companyId"`)}
      ) card)
    ) AS data`;
  const cards = (result.data.cards ?? []).map(
    ({ nextStage, nextLabel, nextAt, lastStage, lastLabel, lastAt, prepDone, prepTotal, ...card }): TBoardCard => ({
      applicationId: card.applicationId,
      version: card.version,
      companyId: card.companyId,
      name: card.name,
      tier: card.tier,
      role: card.role,
      stage: card.stage,
      outcome: card.outcome,
      column: card.column,
      nextEvent: nextStage && nextAt ? { stage: nextStage, label: nextLabel ?? "", at: new Date(nextAt) } : null,
      lastEvent: !nextAt && lastStage && lastAt ? { stage: lastStage, label: lastLabel ?? "", at: new Date(lastAt) } : null,
      prep: { done: prepDone, total: prepTotal, percent: percentOf(prepDone, prepTotal) },
    }),
  );
  return { cards, counts: columnCounts(result.data.apps ?? [], result.data.fresh) };
}
