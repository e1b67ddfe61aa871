// The board: one card per application that is not withdrawn (and one per company with no
// application yet, in 待投递: no latest application kept on it), by column, in ONE SQL statement. Columns show their most recently
// changed cards first, at most BOARD_COLUMN_LIMIT each, with the full count (of the cards the tier
// filter and the search keep). Columns are
// partitioned and sorted in the "C" collation (byte order): the column keys are ASCII codes.
import "server-only";

import type { TBoardColumn } from "@/lib/applications/board";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";
import { percentOf } from "@/lib/prep/checklist";
import { prepJoin, prepSetsCte } from "@/lib/services/companies-prep";
import { companySearchSql, lastEventOfApplication, nextEventOfApplication, tierFilterSql } from "@/lib/services/list-sql";
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

const NO_FILTER: TBoardFilter = { tiers: [], q: "" };

export async function listBoard(userId: string, { tiers, q }: TBoardFilter = NO_FILTER, now = new Date()): Promise<TBoard> {
  assertUserId(userId);
  const search = companySearchSql("c", q);
  const [result] = await db.$queryRaw<[{ data: { counts: TBoard["counts"] | null; cards: TRawCard[] | null } }]>`
    WITH cards AS (
      SELECT a.id AS "applicationId", a.version, c.id AS "companyId", c.name, c.tier, a.role, a.stage, a.outcome,
        (CASE a.outcome WHEN 'REJECTED' THEN 'REJECTED' WHEN 'OFFER' THEN 'OFFER' ELSE a.stage::text END) COLLATE "C" AS "column",
        a."updatedAt" AS changed
      FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
      WHERE a."userId" = ${userId} AND a.outcome <> 'WITHDRAWN'::"Outcome" AND c."archivedAt" IS NULL AND ${tierFilterSql(Prisma.sql`c.tier`, tiers)} AND ${search}
      UNION ALL
      SELECT NULL, NULL, c.id, c.name, c.tier, '', 'TO_APPLY'::"Stage", 'ACTIVE'::"Outcome", 'TO_APPLY', c."updatedAt"
      FROM "Company" c
      WHERE c."userId" = ${userId} AND c."archivedAt" IS NULL AND ${tierFilterSql(Prisma.sql`c.tier`, tiers)}
        AND c."latestStage" IS NULL AND ${search}
    ),
    ranked AS (
      SELECT cards.*,
        row_number() OVER (PARTITION BY "column" ORDER BY changed DESC, "companyId", "applicationId") AS rn,
        count(*) OVER (PARTITION BY "column") AS n
      FROM cards
    ),
    shown AS (SELECT * FROM ranked WHERE rn <= ${BOARD_COLUMN_LIMIT}),
    ${prepSetsCte(userId, Prisma.sql`SELECT "companyId" FROM shown`)}
    SELECT json_build_object(
      'counts', (SELECT json_object_agg(k."column", k.n) FROM (SELECT DISTINCT "column", n FROM ranked) k),
      'cards', (SELECT json_agg(card ORDER BY card."column", card.rn) FROM (
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
  return { cards, counts: result.data.counts ?? {} };
}
