// "Prepare for the next interview": upcoming 笔试/面试 in date order, each with its company's
// unfinished checklist items (⭐ questions first, placeholders last, then open tasks).
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import { compareChecklistQuestions } from "@/lib/prep/checklist";
import { PREP_EVENT_STAGES, listPrepProgress, type TPrepProgress } from "@/lib/services/prep";

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
type TQuestionRow = { companyId: string; id: string; setId: string; title: string; stars: number; placeholder: boolean; position: number };

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
  const [questions, tasks, progress] = await Promise.all([
    db.$queryRaw<TQuestionRow[]>`
      SELECT cs."companyId", q.id, q."setId", q.title, q.stars, q.placeholder, q.position
      FROM "CompanySet" cs
      JOIN "Question" q ON q."setId" = cs."setId" AND q."userId" = ${userId}
      LEFT JOIN "QuestionProgress" p ON p."questionId" = q.id AND p."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."companyId" = ANY(${companyIds}::text[])
        AND COALESCE(p.status, 'NEW'::"Mastery") <> 'KNOWN'`,
    db.prepTask.findMany({
      where: { userId, companyId: { in: companyIds }, done: false },
      select: { id: true, companyId: true, title: true, dueAt: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    listPrepProgress(userId, companyIds),
  ]);
  return rows.map((row) => {
    const open: TPrepNextItem[] = [
      ...questions
        .filter((q) => q.companyId === row.companyId)
        .sort(compareChecklistQuestions)
        .map((q) => ({ kind: "question" as const, id: q.id, setId: q.setId, title: q.title, stars: q.stars, placeholder: q.placeholder })),
      ...tasks.filter((t) => t.companyId === row.companyId).map((t) => ({ kind: "task" as const, id: t.id, title: t.title, dueAt: t.dueAt })),
    ];
    // ⭐ questions first, then open tasks, then the other questions.
    const starred = open.filter((item) => item.kind === "question" && item.stars > 0);
    const ordered = [...starred, ...open.filter((item) => item.kind === "task"), ...open.filter((item) => item.kind === "question" && item.stars === 0)];
    return {
      ...row,
      progress: progress.get(row.companyId) ?? null,
      items: ordered.slice(0, itemsPerEvent),
      more: Math.max(0, ordered.length - itemsPerEvent),
    };
  });
}
