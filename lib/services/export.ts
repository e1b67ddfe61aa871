import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { renderSetsMarkdown } from "@/lib/notes";

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
