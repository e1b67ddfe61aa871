// "Prepare for the next interview": upcoming 笔试/面试 in date order, each with its company's
// unfinished checklist items (⭐ questions first, placeholders last, then open tasks).
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import { compareChecklistQuestions, percentOf } from "@/lib/prep/checklist";
import { PREP_EVENT_STAGES, type TPrepProgress } from "@/lib/services/prep";

export type TPrepNextItem =
  | { kind: "question"; id: string; setId: string; title: string; stars: number; placeholder: boolean }
  | { kind: "task"; id: string; title: string; dueAt: Date | null };

export type TPrepNextEvent = {
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

type TEventRow = Omit<TPrepNextEvent, "progress" | "items" | "more">;
type TQuestionRow = { companyId: string; id: string; setId: string; title: string; stars: number; placeholder: boolean; position: number; known: boolean };

export async function listPrepareNext(userId: string, now = new Date(), events = 5, itemsPerEvent = 6): Promise<TPrepNextEvent[]> {
  assertUserId(userId);
  const rows = await db.$queryRaw<TEventRow[]>`
    SELECT e.id AS "eventId", c.id AS "companyId", c.name AS "companyName", c.tier, e.stage, e.label, e."scheduledAt"
    FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
    WHERE e."userId" = ${userId} AND e.stage::text = ANY(${[...PREP_EVENT_STAGES]}::text[])
      AND e.result = 'PENDING' AND e."scheduledAt" >= ${now}
    ORDER BY e."scheduledAt", e.id
    LIMIT ${events}`;
  if (rows.length === 0) return [];
  const companyIds = [...new Set(rows.map((row) => row.companyId))];
  // All linked questions and all tasks (done ones too): the open ones are the items, and the
  // counts give the progress, with the checklist's arithmetic (percentOf), in the same two reads.
  const [questions, tasks] = await Promise.all([
    db.$queryRaw<TQuestionRow[]>`
      SELECT cs."companyId", q.id, q."setId", q.title, q.stars, q.placeholder, q.position,
             COALESCE(p.status = 'KNOWN'::"Mastery", false) AS known
      FROM "CompanySet" cs
      JOIN "Question" q ON q."setId" = cs."setId" AND q."userId" = ${userId}
      LEFT JOIN "QuestionProgress" p ON p."questionId" = q.id AND p."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ANY(${companyIds}::text[])`,
    db.prepTask.findMany({
      where: { userId, companyId: { in: companyIds } },
      select: { id: true, companyId: true, title: true, dueAt: true, done: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return rows.map((row) => {
    const companyQuestions = questions.filter((q) => q.companyId === row.companyId);
    const companyTasks = tasks.filter((t) => t.companyId === row.companyId);
    const openQuestions = companyQuestions.filter((q) => !q.known);
    const openTasks = companyTasks.filter((t) => !t.done);
    const total = companyQuestions.length + companyTasks.length;
    const done = total - openQuestions.length - openTasks.length;
    const progress: TPrepProgress | null = total > 0 ? { percent: percentOf(done, total), done, total } : null;
    const open: TPrepNextItem[] = [
      ...openQuestions
        .sort(compareChecklistQuestions)
        .map((q) => ({ kind: "question" as const, id: q.id, setId: q.setId, title: q.title, stars: q.stars, placeholder: q.placeholder })),
      ...openTasks.map((t) => ({ kind: "task" as const, id: t.id, title: t.title, dueAt: t.dueAt })),
    ];
    // ⭐ questions first, then open tasks, then the other questions.
    const starred = open.filter((item) => item.kind === "question" && item.stars > 0);
    const ordered = [...starred, ...open.filter((item) => item.kind === "task"), ...open.filter((item) => item.kind === "question" && item.stars === 0)];
    return {
      ...row,
      progress,
      items: ordered.slice(0, itemsPerEvent),
      more: Math.max(0, ordered.length - itemsPerEvent),
    };
  });
}
