// A company's prep checklist (linked sets' questions + its tasks, with progress) and the
// progress of many companies at once for the companies table and the board.
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import type { Mastery, Tier } from "@/lib/generated/prisma/enums";
import { buildChecklist, needsAttention, percentOf } from "@/lib/prep/checklist";
import type { TPrepLocale } from "@/lib/prep/default-tasks";
import { ensureStarterTasks } from "@/lib/services/prep-tasks";

/** Stages whose events count as "the next interview" for the attention flag and prepare-next. */
export const PREP_EVENT_STAGES = ["WRITTEN_TEST", "INTERVIEW"] as const;

type TQuestionRow = {
  setId: string;
  setTitle: string;
  sortOrder: number;
  id: string | null;
  title: string | null;
  stars: number | null;
  placeholder: boolean | null;
  position: number | null;
  status: Mastery | null;
};

export type TChecklistQuestionItem = {
  id: string;
  title: string;
  stars: number;
  placeholder: boolean;
  position: number;
  status: Mastery | null;
};

/** The company a checklist belongs to, for the page's header; another user's id is NOT_FOUND. */
export async function getPrepCompany(userId: string, companyId: string) {
  assertUserId(userId);
  const company = await db.company.findFirst({ where: { id: companyId, userId }, select: { id: true, name: true, tier: true } });
  if (!company) throw new AppError("NOT_FOUND");
  return company;
}

/** The checklist page: creates the starter tasks on first open, then reads in four statements. */
export async function getCompanyChecklist(userId: string, companyId: string, locale: TPrepLocale, now = new Date()) {
  assertUserId(userId);
  const company = await getPrepCompany(userId, companyId);
  await db.$transaction((tx) => ensureStarterTasks(tx, userId, companyId, locale));
  const [rows, tasks, next] = await Promise.all([
    db.$queryRaw<TQuestionRow[]>`
      SELECT s.id AS "setId", s.title AS "setTitle", s."sortOrder", q.id, q.title, q.stars, q.placeholder, q.position, p.status
      FROM "CompanySet" cs
      JOIN "QuestionSet" s ON s.id = cs."setId" AND s."userId" = ${userId}
      LEFT JOIN "Question" q ON q."setId" = s.id AND q."userId" = ${userId}
      LEFT JOIN "QuestionProgress" p ON p."questionId" = q.id AND p."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ${companyId}
      ORDER BY s."sortOrder", s.id, q.position, q.id`,
    db.prepTask.findMany({
      where: { userId, companyId },
      select: { id: true, title: true, done: true, doneAt: true, dueAt: true, position: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    nextEventAt(userId, [companyId], now),
  ]);
  const sets = new Map<string, { id: string; title: string; sortOrder: number; questions: TChecklistQuestionItem[] }>();
  for (const row of rows) {
    const set = sets.get(row.setId) ?? { id: row.setId, title: row.setTitle, sortOrder: row.sortOrder, questions: [] };
    sets.set(row.setId, set);
    if (row.id !== null) {
      set.questions.push({
        id: row.id,
        title: row.title ?? "",
        stars: row.stars ?? 0,
        placeholder: row.placeholder ?? false,
        position: row.position ?? 0,
        status: row.status,
      });
    }
  }
  const checklist = buildChecklist({ sets: [...sets.values()], tasks });
  const nextAt = next.get(companyId) ?? null;
  return { company, checklist, nextEventAt: nextAt, attention: needsAttention(checklist.progress, nextAt, now) };
}

/** The soonest pending 笔试/面试 per company from now on. */
export async function nextEventAt(userId: string, companyIds: string[], now = new Date()): Promise<Map<string, Date>> {
  assertUserId(userId);
  const rows = await db.$queryRaw<{ companyId: string; at: Date }[]>`
    SELECT a."companyId", min(e."scheduledAt") AS at
    FROM "StageEvent" e JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
    WHERE e."userId" = ${userId} AND a."companyId" = ANY(${companyIds}::text[])
      AND e.stage::text = ANY(${[...PREP_EVENT_STAGES]}::text[]) AND e.result = 'PENDING' AND e."scheduledAt" >= ${now}
    GROUP BY a."companyId"`;
  return new Map(rows.map((row) => [row.companyId, row.at]));
}

export type TPrepProgress = { percent: number; done: number; total: number };

/**
 * Prep progress of many companies in one statement, with the same arithmetic as the checklist
 * (lib/prep/checklist.ts): (known questions of linked sets + done tasks) / (questions + tasks).
 * Companies with nothing to prepare are absent from the map (show "—").
 */
export async function listPrepProgress(userId: string, companyIds: string[]): Promise<Map<string, TPrepProgress>> {
  assertUserId(userId);
  if (companyIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ companyId: string; done: bigint; total: bigint }[]>`
    SELECT c.id AS "companyId",
           COALESCE(q.known, 0) + COALESCE(t.done, 0) AS done,
           COALESCE(q.total, 0) + COALESCE(t.total, 0) AS total
    FROM unnest(${companyIds}::text[]) AS c(id)
    LEFT JOIN LATERAL (
      SELECT count(qq.id) AS total, count(p."questionId") FILTER (WHERE p.status = 'KNOWN') AS known
      FROM "CompanySet" cs
      JOIN "Question" qq ON qq."setId" = cs."setId" AND qq."userId" = ${userId}
      LEFT JOIN "QuestionProgress" p ON p."questionId" = qq.id AND p."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."companyId" = c.id
    ) q ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS total, count(*) FILTER (WHERE pt.done) AS done
      FROM "PrepTask" pt WHERE pt."userId" = ${userId} AND pt."companyId" = c.id
    ) t ON true`;
  const result = new Map<string, TPrepProgress>();
  for (const row of rows) {
    const done = Number(row.done);
    const total = Number(row.total);
    if (total > 0) result.set(row.companyId, { percent: percentOf(done, total), done, total });
  }
  return result;
}

/** The sets linked to a company and the ones it could link (for the company page's picker). */
export async function listCompanySets(userId: string, companyId: string) {
  assertUserId(userId);
  const company = await db.company.findFirst({ where: { id: companyId, userId }, select: { id: true, tier: true } });
  if (!company) throw new AppError("NOT_FOUND");
  const sets = await db.questionSet.findMany({
    where: { userId },
    select: { id: true, title: true, companies: { where: { userId, companyId }, select: { setId: true } } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  });
  return {
    tier: company.tier as Tier | null,
    sets: sets.map((set) => ({ id: set.id, title: set.title, linked: set.companies.length > 0 })),
  };
}
