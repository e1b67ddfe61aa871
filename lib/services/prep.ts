// A company's prep checklist (linked sets' questions + its tasks, with progress), the company
// it belongs to (read once per request), and the sets its picker offers.
import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import type { Mastery, Stage } from "@/lib/generated/prisma/enums";
import { buildChecklist, needsAttention } from "@/lib/prep/checklist";
import type { TLocale } from "@/lib/i18n/config";
import { liveEventsWhereSql } from "@/lib/services/list-sql";
import { cardJoinSql, masterySql } from "@/lib/services/mastery-sql";
import { startPrepTasks } from "@/lib/services/prep-tasks";

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
  status: Mastery;
};

type TChecklistQuestionItem = {
  id: string;
  title: string;
  stars: number;
  placeholder: boolean;
  position: number;
  status: Mastery;
};

/**
 * The company a checklist belongs to; another user's id is NOT_FOUND. Read once per request:
 * the page's metadata, the page, the checklist and the set picker share it.
 */
export const getPrepCompany = cache(async (userId: string, companyId: string) => {
  assertUserId(userId);
  const company = await db.company.findFirst({
    where: { id: companyId, userId },
    select: { id: true, name: true, tier: true, prepStartedAt: true },
  });
  if (!company) throw new AppError("NOT_FOUND");
  return company;
});

/** The checklist and the next 笔试/面试: adds the starter tasks on the company's first open, then reads in three statements. */
export async function getCompanyChecklist(userId: string, companyId: string, locale: TLocale, now = new Date()) {
  assertUserId(userId);
  const company = await getPrepCompany(userId, companyId);
  if (company.prepStartedAt === null) await startPrepTasks(userId, companyId, locale, now);
  const [rows, tasks, next] = await Promise.all([
    db.$queryRaw<TQuestionRow[]>`
      SELECT s.id AS "setId", s.title AS "setTitle", s."sortOrder", q.id, q.title, q.stars, q.placeholder, q.position, ${masterySql("k")} AS status
      FROM "CompanySet" cs
      JOIN "QuestionSet" s ON s.id = cs."setId" AND s."userId" = ${userId}
      LEFT JOIN "Question" q ON q."setId" = s.id AND q."userId" = ${userId}
      ${cardJoinSql(userId, "q", "k")}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ${companyId}
      ORDER BY s."sortOrder", s.id, q.position, q.id`,
    db.prepTask.findMany({
      where: { userId, companyId },
      select: { id: true, title: true, done: true, doneAt: true, dueAt: true, position: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    nextInterviewOf(userId, companyId, now),
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
  return { company, checklist, next, attention: needsAttention(checklist.progress, next?.scheduledAt ?? null, now) };
}

/** A company's next live pending 笔试/面试 (as 准备下一场 lists them). */
export type TNextInterview = { eventId: string; companyId: string; companyName: string; stage: Stage; label: string; scheduledAt: Date };

async function nextInterviewOf(userId: string, companyId: string, now: Date): Promise<TNextInterview | null> {
  const [event] = await db.$queryRaw<TNextInterview[]>`
    SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", e.stage, e.label, e."scheduledAt"
    FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
    WHERE c.id = ${companyId} AND ${liveEventsWhereSql(userId, { from: now }, PREP_EVENT_STAGES)}
    ORDER BY e."scheduledAt", e.id LIMIT 1`;
  return event ?? null;
}

export type TPrepProgress = { percent: number; done: number; total: number };

/** The sets linked to a company and the ones it could link (for the company page's picker). */
export async function listCompanySets(userId: string, companyId: string) {
  assertUserId(userId);
  const company = await getPrepCompany(userId, companyId);
  const sets = await db.questionSet.findMany({
    where: { userId },
    select: { id: true, title: true, companies: { where: { userId, companyId }, select: { setId: true } } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  });
  return {
    tier: company.tier,
    sets: sets.map((set) => ({ id: set.id, title: set.title, linked: set.companies.length > 0 })),
  };
}
