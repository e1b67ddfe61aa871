// Prep progress per company, as SQL for the hot list statements (companies table, board):
// (KNOWN questions of its linked sets + done tasks) / (all those questions + all its tasks),
// the same arithmetic as lib/prep/checklist.ts (percentOf), which the checklist page uses.
// The question counts are kept per set ("SetCount", migration 20261207010000_set_counts), so the
// cost follows the sets in view, not their questions or cards.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A CTE `prep_sets` ("setId", total, known) for the sets linked to the companies whose ids
 * `companyIds` (a subquery) yields. Put it in the statement's WITH list before prepJoin.
 */
export function prepSetsCte(userId: string, companyIds: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`prep_sets AS MATERIALIZED (
    SELECT n."setId", n.questions AS total, n.known
    FROM "SetCount" n
    WHERE n."userId" = ${userId} AND n."setId" IN (
      SELECT cs."setId" FROM "CompanySet" cs WHERE cs."userId" = ${userId} AND cs."companyId" = ANY(ARRAY(${companyIds}))
    )
  )`;
}

/** A LATERAL join giving `prep."prepDone"` and `prep."prepTotal"` for the company `companyId`. */
export function prepJoin(userId: string, companyId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT (qs.known + ts.done)::int AS "prepDone", (qs.total + ts.total)::int AS "prepTotal"
    FROM (
      SELECT coalesce(sum(ps.total), 0) AS total, coalesce(sum(ps.known), 0) AS known
      FROM "CompanySet" cs JOIN prep_sets ps ON ps."setId" = cs."setId"
      WHERE cs."userId" = ${userId} AND cs."companyId" = ${companyId}
    ) qs,
    (
      SELECT count(*) AS total, count(*) FILTER (WHERE t.done) AS done
      FROM "PrepTask" t
      WHERE t."userId" = ${userId} AND t."companyId" = ${companyId}
    ) ts
  ) prep ON true`;
}
