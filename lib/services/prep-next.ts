// "Prepare for the next interview": upcoming 笔试/面试 in date order, each with its company's
// first unfinished checklist items (⭐ questions first, placeholders after the written ones, then
// open tasks, then the other questions), how many more are open, and its progress, in ONE
// statement: the counts follow the checklist's arithmetic (lib/prep/checklist.ts, percentOf).
import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import { percentOf } from "@/lib/prep/checklist";
import { pendingEventSql } from "@/lib/services/list-sql";
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
  qTotal: number;
  qKnown: number;
  tTotal: number;
  tDone: number;
  starred: TQuestionJson[] | null;
  tasks: { id: string; title: string; dueAt: string | null }[] | null;
  plain: TQuestionJson[] | null;
};

export async function listPrepareNext(userId: string, now = new Date(), events = 5, itemsPerEvent = 6): Promise<TPrepNextEvent[]> {
  assertUserId(userId);
  const rows = await db.$queryRaw<TRow[]>`
    WITH ev AS (
      SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", c.tier, e.stage, e.label, e."scheduledAt"
      FROM "StageEvent" e
      JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
      JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
      WHERE ${pendingEventSql("e", userId, now, PREP_EVENT_STAGES)}
      ORDER BY e."scheduledAt", e.id
      LIMIT ${events}
    ),
    qs AS MATERIALIZED (
      SELECT cs."companyId", q.id, q."setId", q.title, q.stars, q.placeholder, q.position,
        COALESCE(${isKnownSql("k")}, false) AS known
      FROM "CompanySet" cs JOIN "Question" q ON q."setId" = cs."setId" AND q."userId" = ${userId}
      ${cardJoinSql(userId, "q", "k")}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ANY(ARRAY(SELECT "companyId" FROM ev))
    ),
    ts AS MATERIALIZED (
      SELECT t."companyId", t.id, t.title, t."dueAt", t.done, t.position, t."createdAt"
      FROM "PrepTask" t WHERE t."userId" = ${userId} AND t."companyId" = ANY(ARRAY(SELECT "companyId" FROM ev))
    )
    SELECT ev.*, qn."qTotal", qn."qKnown",
      (SELECT count(*)::int FROM ts WHERE ts."companyId" = ev."companyId") AS "tTotal",
      (SELECT count(*)::int FROM ts WHERE ts."companyId" = ev."companyId" AND ts.done) AS "tDone",
      (SELECT json_agg(x ORDER BY x.n) FROM (
        SELECT id, "setId", title, stars, placeholder, row_number() OVER (ORDER BY placeholder, stars DESC, position, id) AS n
        FROM qs WHERE qs."companyId" = ev."companyId" AND NOT qs.known AND qs.stars > 0
        ORDER BY n LIMIT ${itemsPerEvent}) x) AS starred,
      (SELECT json_agg(x ORDER BY x.n) FROM (
        SELECT id, title, "dueAt", row_number() OVER (ORDER BY position, "createdAt", id) AS n
        FROM ts WHERE ts."companyId" = ev."companyId" AND NOT ts.done
        ORDER BY n LIMIT ${itemsPerEvent}) x) AS tasks,
      (SELECT json_agg(x ORDER BY x.n) FROM (
        SELECT id, "setId", title, stars, placeholder, row_number() OVER (ORDER BY placeholder, position, id) AS n
        FROM qs WHERE qs."companyId" = ev."companyId" AND NOT qs.known AND qs.stars = 0
        ORDER BY n LIMIT ${itemsPerEvent}) x) AS plain
    FROM ev
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(n.questions), 0)::int AS "qTotal", coalesce(sum(n.known), 0)::int AS "qKnown"
      FROM "CompanySet" cs JOIN "SetCount" n ON n."setId" = cs."setId" AND n."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ev."companyId"
    ) qn
    ORDER BY ev."scheduledAt", ev."eventId"`;
  return rows.map(({ qTotal, qKnown, tTotal, tDone, starred, tasks, plain, ...event }) => {
    const total = qTotal + tTotal;
    const done = qKnown + tDone;
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
