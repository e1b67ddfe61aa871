// The companies table sorted by next event, read from the events rather than computed for every
// company: the user's pending events from now on are walked in time order (an index scan), each
// company taken at its first one, until the page is full; the companies with no next event follow.
// So a page of companies with a next event costs what it shows, not what the user has.
import { Prisma } from "@/lib/generated/prisma/client";
import { limitSql, pagePositionSql, pendingEventSql } from "@/lib/services/list-sql";

/** A pending event from now on of company `c`'s active applications (with `before`, one earlier than it, by time then id). */
function companyPendingSql(userId: string, now: Date, before?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Application" xa JOIN "StageEvent" x ON x."applicationId" = xa.id AND ${pendingEventSql("x", userId, now)}
    WHERE xa."userId" = ${userId} AND xa."companyId" = c.id AND xa.outcome = 'ACTIVE'::"Outcome"
      ${before ? Prisma.sql`AND (x."scheduledAt", x.id) < ${before}` : Prisma.empty})`;
}

/**
 * CTEs `nexts` and `page` (`columns` of company `c`, "nextStage", "nextLabel", "nextAt", ord)
 * for one page of the companies kept by `kept` (a condition on `c`), ordered by their next
 * pending event (`dir`), then the companies without one; ties in `tiebreak`'s order.
 */
export function nextEventPageSql(
  userId: string,
  { columns, kept, tiebreak }: { columns: Prisma.Sql; kept: Prisma.Sql; tiebreak: (alias: string) => Prisma.Sql },
  now: Date,
  page: { dir: "asc" | "desc"; size: number; offset: number },
): Prisma.Sql {
  const dir = Prisma.raw(page.dir === "asc" ? "ASC" : "DESC");
  const end = page.offset + page.size;
  return Prisma.sql`nexts AS MATERIALIZED (
      SELECT ${columns}, e.stage AS "nextStage", e.label AS "nextLabel", e."scheduledAt" AS "nextAt"
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId} AND a.outcome = 'ACTIVE'::"Outcome"
      JOIN "Company" c ON c.id = a."companyId" AND ${kept}
      WHERE ${pendingEventSql("e", userId, now)}
        AND NOT ${companyPendingSql(userId, now, Prisma.sql`(e."scheduledAt", e.id)`)}
      ORDER BY e."scheduledAt" ${dir}, ${tiebreak("c")} LIMIT ${pagePositionSql(end)}
    ),
    page AS (
      SELECT b.*, row_number() OVER (ORDER BY b.part, b."nextAt" ${dir}, ${tiebreak("b")}) AS ord FROM (
        SELECT n.*, 0 AS part FROM nexts n
        UNION ALL (
          SELECT ${columns}, NULL::"Stage", NULL, NULL::timestamptz, 1 FROM "Company" c
          WHERE ${kept} AND NOT ${companyPendingSql(userId, now)}
          ORDER BY ${tiebreak("c")} LIMIT greatest(0, ${pagePositionSql(end)} - (SELECT count(*) FROM nexts)))
      ) b ORDER BY b.part, b."nextAt" ${dir}, ${tiebreak("b")} OFFSET ${pagePositionSql(page.offset)} LIMIT ${limitSql(page.size)}
    )`;
}
