// Shared by the import/export integration tests: the real notes, and the user's rows as counts.
import { readFileSync } from "node:fs";

import { db } from "@/lib/db";
import { readNotesFile } from "@/lib/notes/notes-file";
import { REAL_NOTES_PATH } from "@/tests/helpers/real-notes";

export const fixtureBytes = () => new Uint8Array(readFileSync(REAL_NOTES_PATH));

export function notesInput(text: string, fileName = "interview-notes.md", year = 2026) {
  const notes = readNotesFile(fileName, new TextEncoder().encode(text));
  return { fileName, ...notes, year };
}

export const fixtureText = () => readNotesFile("interview-notes.md", fixtureBytes()).text;

export async function rowCounts(userId: string) {
  const where = { userId };
  const [sets, questions, companies, applications, stageEvents, importRuns] = await Promise.all([
    db.questionSet.count({ where }),
    db.question.count({ where }),
    db.company.count({ where }),
    db.application.count({ where }),
    db.stageEvent.count({ where }),
    db.importRun.count({ where }),
  ]);
  return { sets, questions, companies, applications, stageEvents, importRuns };
}

/** Every row's id → updatedAt (ms) for the tables an import updates. */
export async function updatedAtById(userId: string): Promise<Map<string, number>> {
  const where = { userId };
  const select = { id: true, updatedAt: true } as const;
  const rows = (
    await Promise.all([
      db.company.findMany({ where, select }),
      db.questionSet.findMany({ where, select }),
      db.question.findMany({ where, select }),
      db.application.findMany({ where, select }),
    ])
  ).flat();
  return new Map(rows.map((r) => [r.id, r.updatedAt.getTime()]));
}
