// Prep progress per company, as SQL for the hot list statements (companies table, board, 准备下一场):
// (KNOWN questions of its linked sets + done tasks) / (all those questions + all its tasks),
// the same arithmetic as lib/prep/checklist.ts (percentOf), which the checklist page uses.
// The question counts are kept per set ("SetCount", migration 20261207010000_set_counts), so the
// cost follows the companies' linked sets, not their questions or cards.
import { Prisma } from "@/lib/generated/prisma/client";

/** A LATERAL join giving `prep."prepDone"` and `prep."prepTotal"` for the company `companyId`. */
export function prepJoin(userId: string, companyId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT (qs.known + ts.done)::int AS "prepDone", (qs.total + ts.total)::int AS "prepTotal"
    FROM (
      SELECT coalesce(sum(n.questions), 0) AS total, coalesce(sum(n.known), 0) AS known
      FROM "CompanySet" cs JOIN "SetCount" n ON n."setId" = cs."setId" AND n."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ${companyId}
    ) qs,
    (
      SELECT count(*) AS total, count(*) FILTER (WHERE t.done) AS done
      FROM "PrepTask" t
      WHERE t."userId" = ${userId} AND t."companyId" = ${companyId}
    ) ts
  ) prep ON true`;
}
