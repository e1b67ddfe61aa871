// The companies table sorted by next event, read from the events rather than computed for every
// company: the user's pending events from now on are walked in time order (an index scan), each
// company taken at its first one, until the page is full; the companies with no next event follow,
// by id. So a page costs what it shows, not what the user has.
import { Prisma } from "@/lib/generated/prisma/client";
import { pendingEventSql } from "@/lib/services/list-sql";

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
 * pending event (`dir`; events at the same time by event id, the index's order), then the
 * companies without one, by id.
 */
export function nextEventPageSql(
  userId: string,
  columns: Prisma.Sql,
  kept: Prisma.Sql,
  now: Date,
  page: { dir: "asc" | "desc"; size: number; offset: number },
): Prisma.Sql {
  const dir = Prisma.raw(page.dir === "asc" ? "ASC" : "DESC");
  const end = page.offset + page.size;
  return Prisma.sql`nexts AS MATERIALIZED (
      SELECT ${columns}, e.stage AS "nextStage", e.label AS "nextLabel", e."scheduledAt" AS "nextAt", e.id AS "nextId"
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId} AND a.outcome = 'ACTIVE'::"Outcome"
      JOIN "Company" c ON c.id = a."companyId" AND ${kept}
      WHERE ${pendingEventSql("e", userId, now)}
        AND NOT ${companyPendingSql(userId, now, Prisma.sql`(e."scheduledAt", e.id)`)}
      ORDER BY e."scheduledAt" ${dir}, e.id ${dir} LIMIT ${end}
    ),
    page AS (
      SELECT b.*, row_number() OVER (ORDER BY b.part, b."nextAt" ${dir}, b."nextId" ${dir}, b.id) AS ord FROM (
        SELECT n.*, 0 AS part FROM nexts n
        UNION ALL (
          SELECT ${columns}, NULL::"Stage", NULL, NULL::timestamptz, NULL, 1 FROM "Company" c
          WHERE ${kept} AND NOT ${companyPendingSql(userId, now)}
          ORDER BY c.id LIMIT greatest(0, ${end} - (SELECT count(*) FROM nexts)))
      ) b ORDER BY b.part, b."nextAt" ${dir}, b."nextId" ${dir}, b.id OFFSET ${page.offset} LIMIT ${page.size}
    )`;
}
