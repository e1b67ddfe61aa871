import "server-only";

import type { TTx } from "@/lib/db";
import type { TExistingData } from "@/lib/notes/plan-import";

/** question id → content hash as the imports wrote it; kept in the latest ImportRun's counts. */
type TImportedHashes = Record<string, string>;

function importedHashesOf(counts: unknown): TImportedHashes {
  const hashes = (counts as { questionHashes?: unknown } | null)?.questionHashes;
  return hashes && typeof hashes === "object" ? (hashes as TImportedHashes) : {};
}

/** The account's rows the import plan compares the file with (5 statements, any data size). */
export async function loadExistingData(tx: TTx, userId: string): Promise<TExistingData & { importedHashes: TImportedHashes }> {
  const [companies, sets, questions, applications, lastRun] = await Promise.all([
    tx.company.findMany({
      where: { userId },
      select: { id: true, name: true, normalizedName: true, aliases: true, tier: true, notes: true, revival: true, noOpening: true, tierListOrder: true },
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
    tx.importRun.findFirst({ where: { userId }, orderBy: { createdAt: "desc" }, select: { counts: true } }),
  ]);
  const importedHashes = importedHashesOf(lastRun?.counts);
  const questionsBySet = new Map<string, ((typeof questions)[number] & { importedHash: string })[]>();
  for (const row of questions) {
    const q = { ...row, importedHash: importedHashes[row.id] ?? row.contentHash };
    const list = questionsBySet.get(q.setId);
    if (list) list.push(q);
    else questionsBySet.set(q.setId, [q]);
  }
  return {
    companies,
    sets: sets.map((s) => ({ ...s, questions: questionsBySet.get(s.id) ?? [] })),
    applications,
    importedHashes,
  };
}
