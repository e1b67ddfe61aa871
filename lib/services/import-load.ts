import type { TTx } from "@/lib/db";
import type { TExistingData } from "@/lib/notes/plan-import";

/** The account's rows the import plan compares the file with (4 statements, any data size). */
export async function loadExistingData(tx: TTx, userId: string): Promise<TExistingData> {
  const [companies, sets, questions, applications] = await Promise.all([
    tx.company.findMany({
      where: { userId },
      select: { id: true, name: true, normalizedName: true, aliases: true, tier: true, notes: true, revival: true, noOpening: true },
      orderBy: { createdAt: "asc" },
    }),
    tx.questionSet.findMany({
      where: { userId },
      select: { id: true, slug: true, title: true, kind: true, notes: true },
      orderBy: { sortOrder: "asc" },
    }),
    tx.question.findMany({
      where: { userId },
      select: {
        id: true, setId: true, position: true, number: true, title: true,
        answerMd: true, stars: true, placeholder: true, contentHash: true,
      },
    }),
    tx.application.findMany({
      where: { userId },
      select: {
        id: true, companyId: true, outcome: true, closedAt: true, createdAt: true,
        events: {
          where: { userId },
          select: { id: true, position: true, stage: true, label: true, scheduledAt: true, happenedAt: true, result: true, notes: true },
        },
      },
    }),
  ]);
  const questionsBySet = new Map<string, typeof questions>();
  for (const q of questions) {
    const list = questionsBySet.get(q.setId);
    if (list) list.push(q);
    else questionsBySet.set(q.setId, [q]);
  }
  return {
    companies,
    sets: sets.map((s) => ({ ...s, questions: questionsBySet.get(s.id) ?? [] })),
    applications,
  };
}
