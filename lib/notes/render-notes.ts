import { PLACEHOLDER_TITLE } from "./question-title";
import type { TParsedQuestion, TParsedSet } from "./types";

export type TRenderableQuestion = Pick<TParsedQuestion, "title" | "answerMd" | "stars" | "placeholder"> & {
  number?: string | null;
};
export type TRenderableSet = Pick<TParsedSet, "title" | "kind"> & {
  /** 2 renders `## title`; anything else `# title`. */
  level?: number;
  notes?: string;
  questions: readonly TRenderableQuestion[];
};

const STAR = "\u2b50";

function starsOf(q: TRenderableQuestion): string {
  return STAR.repeat(Math.max(0, Math.min(3, q.stars)));
}

function renderQuestion(q: TRenderableQuestion, index: number): string {
  const number = q.number && /^\d{1,4}$/u.test(q.number) ? q.number : String(index + 1);
  const head = q.placeholder ? `${number}. ${PLACEHOLDER_TITLE}${starsOf(q)}` : `${number}. <u>${q.title}</u>${starsOf(q)}`;
  if (q.answerMd.trim() === "") return head;
  // Indent answers past the item's content column (at least 4 spaces) so they parse back exactly.
  const pad = " ".repeat(Math.max(4, number.length + 2));
  const body = q.answerMd
    .split("\n")
    .map((l) => (l.trim() === "" ? "" : pad + l))
    .join("\n");
  return `${head}\n\n${body}`;
}

function renderChecklistItem(q: TRenderableQuestion): string {
  return `- ${q.placeholder ? PLACEHOLDER_TITLE : q.title}${starsOf(q)}`;
}

/**
 * Question sets back in the notes format: `# title` (`##` for level 2), the set's notes, then numbered items
 * (`N. <u>title</u>⭐`, answers indented, placeholders as `N. ？`) or, for a checklist, `- item`
 * lines. `parseNotes` of the result gives back the same sets and questions.
 */
export function renderSetsMarkdown(sets: readonly TRenderableSet[]): string {
  const blocks: string[] = [];
  for (const set of sets) {
    blocks.push(`${set.level === 2 ? "##" : "#"} ${set.title}`.trimEnd());
    if (set.notes && set.notes.trim() !== "") blocks.push(set.notes);
    if (set.kind === "CHECKLIST") {
      if (set.questions.length > 0) blocks.push(set.questions.map(renderChecklistItem).join("\n"));
      continue;
    }
    set.questions.forEach((q, i) => blocks.push(renderQuestion(q, i)));
  }
  return `${blocks.join("\n\n")}\n`;
}
