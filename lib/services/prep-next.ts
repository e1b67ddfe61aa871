// "Prepare for the next interview": upcoming 笔试/面试 in date order, each with its company's
// first unfinished checklist items (⭐ questions first, placeholders after the written ones, then
// open tasks, then the other questions), how many more are open, and its progress, in ONE
// statement: the progress is the companies table's (prepJoin, from the counts kept per set).
import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertUserId } from "@/lib/errors";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import { percentOf } from "@/lib/prep/checklist";
import { prepJoin } from "@/lib/services/companies-prep";
import { limitSql, liveEventsWhereSql } from "@/lib/services/list-sql";
import { cardJoinSql, isKnownSql } from "@/lib/services/mastery-sql";
import { PREP_EVENT_STAGES, type TPrepProgress } from "@/lib/services/prep";

type TPrepNextItem =
  | { kind: "question"; id: string; setId: string; title: string; stars: number; placeholder: boolean }
  | { kind: "task"; id: string; title: string; dueAt: Date | null };

type TPrepNextEvent = {
  eventId: string;
  companyId: string;
  companyName: string;
  tier: Tier | null;
  stage: Stage;
  label: string;
  scheduledAt: Date;
  progress: TPrepProgress | null;
  items: TPrepNextItem[];
  more: number;
};

type TQuestionJson = { id: string; setId: string; title: string; stars: number; placeholder: boolean };
type TRow = Omit<TPrepNextEvent, "progress" | "items" | "more"> & {
  done: number;
  total: number;
  starred: TQuestionJson[] | null;
  tasks: { id: string; title: string; dueAt: string | null }[] | null;
  plain: TQuestionJson[] | null;
};

/**
 * For the company `ev`, the first `limit` questions not known yet, starred or not, of each of its
 * linked sets (`links`), written ones and placeholders apart: each walked in the list's order on
 * the index Question (userId, setId, placeholder, stars DESC, position, id), so the cost follows
 * the items shown, not the sets' size. The company's first `limit` are among them.
 */
function openQuestionsSql(userId: string, starred: boolean, limit: number): Prisma.Sql {
  const stars = starred ? Prisma.sql`q.stars > 0` : Prisma.sql`q.stars = 0`;
  return Prisma.sql`links l CROSS JOIN (VALUES (false), (true)) p(placeholder)
    CROSS JOIN LATERAL (
      SELECT q.id, q."setId", q.title, q.stars, q.placeholder, q.position
      FROM "Question" q ${cardJoinSql(userId, "q", "k")}
      WHERE q."userId" = ${userId} AND q."setId" = l."setId" AND q.placeholder = p.placeholder AND ${stars} AND NOT ${isKnownSql("k")}
      ORDER BY q.stars DESC, q.position, q.id
      LIMIT ${limitSql(limit)}
    ) q
    WHERE l."companyId" = ev."companyId"`;
}

export async function listPrepareNext(userId: string, now = new Date(), events = 5, itemsPerEvent = 6): Promise<TPrepNextEvent[]> {
  assertUserId(userId);
  const rows = await db.$queryRaw<TRow[]>`
    WITH ev AS (
      SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", c.tier, e.stage, e.label, e."scheduledAt"
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
      WHERE ${liveEventsWhereSql(userId, { from: now }, PREP_EVENT_STAGES)}
      ORDER BY e."scheduledAt", e.id
      LIMIT ${limitSql(events)}
    ),
    links AS MATERIALIZED (
      SELECT cs."companyId", cs."setId" FROM "CompanySet" cs
      WHERE cs."userId" = ${userId} AND cs."companyId" = ANY(ARRAY(SELECT "companyId" FROM ev))
    ),
    ts AS MATERIALIZED (
      SELECT t."companyId", t.id, t.title, t."dueAt", t.done, t.position, t."createdAt"
      FROM "PrepTask" t WHERE t."userId" = ${userId} AND t."companyId" = ANY(ARRAY(SELECT "companyId" FROM ev))
    )
    SELECT ev.*, prep."prepDone" AS done, prep."prepTotal" AS total,
      (SELECT json_agg(x ORDER BY x.n) FROM (
        SELECT q.id, q."setId", q.title, q.stars, q.placeholder, row_number() OVER (ORDER BY q.placeholder, q.stars DESC, q.position, q.id) AS n
        FROM ${openQuestionsSql(userId, true, itemsPerEvent)}
        ORDER BY n LIMIT ${limitSql(itemsPerEvent)}) x) AS starred,
      (SELECT json_agg(x ORDER BY x.n) FROM (
        SELECT id, title, "dueAt", row_number() OVER (ORDER BY position, "createdAt", id) AS n
        FROM ts WHERE ts."companyId" = ev."companyId" AND NOT ts.done
        ORDER BY n LIMIT ${limitSql(itemsPerEvent)}) x) AS tasks,
      (SELECT json_agg(x ORDER BY x.n) FROM (
        SELECT q.id, q."setId", q.title, q.stars, q.placeholder, row_number() OVER (ORDER BY q.placeholder, q.position, q.id) AS n
        FROM ${openQuestionsSql(userId, false, itemsPerEvent)}
        ORDER BY n LIMIT ${limitSql(itemsPerEvent)}) x) AS plain
    FROM ev ${prepJoin(userId, Prisma.sql`ev."companyId"`)}
    ORDER BY ev."scheduledAt", ev."eventId"`;
  return rows.map(({ done, total, starred, tasks, plain, ...event }) => {
    const question = (q: TQuestionJson): TPrepNextItem => ({
      kind: "question",
      id: q.id,
      setId: q.setId,
      title: q.title,
      stars: q.stars,
      placeholder: q.placeholder,
    });
    const open: TPrepNextItem[] = [
      ...(starred ?? []).map(question),
      ...(tasks ?? []).map((t): TPrepNextItem => ({ kind: "task", id: t.id, title: t.title, dueAt: t.dueAt === null ? null : new Date(t.dueAt) })),
      ...(plain ?? []).map(question),
    ];
    const items = open.slice(0, itemsPerEvent);
    return {
      ...event,
      progress: total > 0 ? { percent: percentOf(done, total), done, total } : null,
      items,
      more: Math.max(0, total - done - items.length),
    };
  });
}
