// Bookkeeping of one logging of the questions asked at an interview: which steps have questions
// to log, and how what the person picked and typed, in the order asked, becomes one encounter
// per distinct question. No I/O.
import { Stage } from "@/lib/generated/prisma/enums";

/** Steps whose questions are worth logging: 笔试 and 面试. */
export const ASKED_STAGES: readonly Stage[] = [Stage.WRITTEN_TEST, Stage.INTERVIEW];

/** Whether a step is a 笔试/面试 whose time has come (a step without a time has not). */
export function isPastAskedStep(step: { stage: Stage; scheduledAt: Date | null; happenedAt: Date | null }, now: Date): boolean {
  const at = step.scheduledAt ?? step.happenedAt;
  return ASKED_STAGES.includes(step.stage) && at !== null && at.getTime() <= now.getTime();
}

/** A question picked from the bank, or a new one typed in; each answered well or not. */
type TAskedItem = { questionId: string; answeredWell: boolean } | { title: string; answeredWell: boolean };

type TPlannedEncounter =
  | { kind: "existing"; questionId: string; answeredWell: boolean; position: number }
  | { kind: "new"; title: string; answeredWell: boolean; position: number };

const SPACES = /\s+/gu;
// Whitespace, punctuation and symbols (⭐, ？, 、, …) carry no meaning when comparing questions.
const NOISE = /[\s\p{P}\p{S}]+/gu;

/** A typed title as it is stored: one line, inner runs of whitespace as one space. */
export function cleanTitle(title: string): string {
  return title.replace(SPACES, " ").trim();
}

/**
 * The text two copies of one question share however they were typed: compatibility-normalised
 * (full-width ＡＩ → ai), lower-cased, without whitespace, punctuation or symbols.
 * "什么是 RAG？⭐" and "什么是rag" are the same question.
 */
export function normalizeQuestionText(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(NOISE, "");
}

/**
 * The encounters to write, in the order asked (`position` from `start`): a question picked twice,
 * or a new title typed twice (as normalizeQuestionText sees it), counts once, at its first place;
 * answered badly either time makes it answered badly. Titles that are empty once cleaned are
 * dropped.
 */
export function planEncounters(items: readonly TAskedItem[], start = 0): TPlannedEncounter[] {
  const planned: TPlannedEncounter[] = [];
  const seen = new Map<string, TPlannedEncounter>();
  for (const item of items) {
    const title = "title" in item ? cleanTitle(item.title) : "";
    const key = "questionId" in item ? `id:${item.questionId}` : `new:${normalizeQuestionText(title)}`;
    if (!("questionId" in item) && (title === "" || key === "new:")) continue;
    const earlier = seen.get(key);
    if (earlier) {
      earlier.answeredWell &&= item.answeredWell;
      continue;
    }
    const position = start + planned.length;
    const next: TPlannedEncounter =
      "questionId" in item
        ? { kind: "existing", questionId: item.questionId, answeredWell: item.answeredWell, position }
        : { kind: "new", title, answeredWell: item.answeredWell, position };
    seen.set(key, next);
    planned.push(next);
  }
  return planned;
}
