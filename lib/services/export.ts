import { db, transaction } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { renderSetsMarkdown } from "@/lib/notes";
import { BACKUP_FORMAT, BACKUP_VERSION, type TBackupTable } from "@/lib/validation/backup";

export type TBackupUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  preferences: unknown;
};

export type TBackup = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  user: TBackupUser;
  data: Record<TBackupTable, Record<string, unknown>[]>;
};

/** A user's whole account as a versioned JSON value: dates as ISO strings, image bytes as base64. */
export async function exportBackup(userId: string): Promise<TBackup> {
  assertUserId(userId);
  const where = { userId };
  return transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true, timeZone: true, preferences: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    const [companies, questionSets, questions, applications, stageEvents, companySets, prepTasks, questionProgress, importRuns, assets] =
      await Promise.all([
        tx.company.findMany({ where, orderBy: { id: "asc" } }),
        tx.questionSet.findMany({ where, orderBy: { id: "asc" } }),
        tx.question.findMany({ where, orderBy: { id: "asc" } }),
        tx.application.findMany({ where, orderBy: { id: "asc" } }),
        tx.stageEvent.findMany({ where, orderBy: { id: "asc" } }),
        tx.companySet.findMany({ where, orderBy: [{ companyId: "asc" }, { setId: "asc" }] }),
        tx.prepTask.findMany({ where, orderBy: { id: "asc" } }),
        tx.questionProgress.findMany({ where, orderBy: { questionId: "asc" } }),
        tx.importRun.findMany({ where, orderBy: { id: "asc" } }),
        tx.asset.findMany({ where, orderBy: { id: "asc" } }),
      ]);
    const encodedAssets = assets.map((a) => ({ ...a, data: Buffer.from(a.data).toString("base64") }));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      user,
      data: { companies, questionSets, questions, applications, stageEvents, companySets, prepTasks, questionProgress, importRuns, assets: encodedAssets },
    };
  }, { timeout: 60_000 });
}

/** The question sets in the notes format (`# title`, numbered questions, answers indented). */
export async function exportSetsMarkdown(userId: string): Promise<string> {
  assertUserId(userId);
  const sets = await db.questionSet.findMany({
    where: { userId },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      title: true,
      kind: true,
      notes: true,
      questions: {
        where: { userId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { number: true, title: true, answerMd: true, stars: true, placeholder: true },
      },
    },
  });
  return renderSetsMarkdown(sets);
}
