import type { SetKind } from "@/lib/generated/prisma/enums";

import { cleanTitle, MAX_TITLE_LINES, questionContentHash, titleLooksComplete } from "./question-title";
import { indentOf, isBlank, joinTrimmedLines, removeColumns, type TLine } from "./text-utils";
import type { TParsedQuestion, TWarning } from "./types";

export type TSectionInput = {
  lines: readonly TLine[];
  /** From `computeLiteralBlocks`: opener index of the fence/math block of each line, or -1. */
  blockOf: readonly number[];
  start: number;
  end: number;
  warnings: TWarning[];
};

type TSectionParse = { kind: SetKind; questions: TParsedQuestion[]; notes: string };

const NUMBERED = /^([ \t]*)(\d{1,4})\.(?:([ \t]+)(.*))?$/u;
const BULLET = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/u;
const BLOCK_START =
  /^(?:[-*+][ \t]|>|\||<img|<div|<table|<p[ >]|!\[|#|```|~~~|\$\$|\d{1,4}[.)](?:[ \t]|$)|(?:\*[ \t]*){3,}$|(?:-[ \t]*){3,}$|(?:_[ \t]*){3,}$)/iu;
const MAX_CHECKLIST_ITEM = 40;

/** Starts a Markdown block other than a paragraph (so it cannot continue a title or answer lazily). */
function isBlockStart(text: string): boolean {
  return BLOCK_START.test(text.trimStart());
}

/** Column of the section's top-level numbered items (the least indented), or null if none. */
export function topLevelIndent(input: TSectionInput): number | null {
  let top: number | null = null;
  for (let i = input.start; i < input.end; i += 1) {
    if ((input.blockOf[i] ?? -1) !== -1) continue;
    const text = input.lines[i]?.text ?? "";
    if (!NUMBERED.test(text)) continue;
    const indent = indentOf(text);
    top = top === null ? indent : Math.min(top, indent);
  }
  return top;
}

type TItem = {
  number: string;
  line: number;
  contentCol: number;
  titlePieces: string[];
  answer: { text: string; lazy: boolean }[];
};

function startItem(m: RegExpExecArray, line: TLine): TItem {
  const indent = indentOf(m[1] ?? "");
  const number = m[2] ?? "";
  const markerEnd = indent + number.length + 1;
  const title = m[4] ?? "";
  const gap = indentOf(" ".repeat(markerEnd) + (m[3] ?? "")) - markerEnd;
  const contentCol = title.trim() === "" || gap > 4 ? markerEnd + 1 : markerEnd + gap;
  return { number, line: line.no, contentCol, titlePieces: [title.trim()], answer: [] };
}

function finishItem(item: TItem): Omit<TParsedQuestion, "position" | "contentHash"> {
  // A loop, not Math.min(...indents): an answer can have more lines than a call takes arguments.
  let least: number | null = null;
  for (const a of item.answer) {
    if (a.lazy || isBlank(a.text)) continue;
    const indent = indentOf(a.text);
    least = least === null ? indent : Math.min(least, indent);
  }
  const strip = Math.max(item.contentCol, least ?? 0);
  const answerMd = joinTrimmedLines(item.answer.map((a) => removeColumns(a.text, strip)));
  const { title, stars, placeholder } = cleanTitle(item.titlePieces);
  return { number: item.number, title, answerMd, stars, placeholder, line: item.line };
}

function withHashes(items: Omit<TParsedQuestion, "position" | "contentHash">[]): TParsedQuestion[] {
  return items.map((q, position) => ({ ...q, position, contentHash: questionContentHash(q) }));
}

/** Collects note lines, keeping a blank line between pieces that were apart in the document. */
function noteCollector() {
  const lines: string[] = [];
  let lastNo = -1;
  return {
    push(line: TLine, text = line.text) {
      const last = lines[lines.length - 1];
      if (lastNo !== -1 && line.no > lastNo + 1 && last !== undefined && last !== "") lines.push("");
      lines.push(text);
      lastNo = line.no;
    },
    text: () => joinTrimmedLines(lines),
  };
}

/** A section with no numbered items: a checklist (`- item` lines or `、` lists) or only notes. */
function parseUnnumbered(input: TSectionInput): TSectionParse {
  const notes = noteCollector();
  const items: { text: string; line: number }[] = [];
  let checklist = true;
  let sawList = false;
  for (let i = input.start; i < input.end; i += 1) {
    const line = input.lines[i];
    if (!line) continue;
    notes.push(line);
    if (isBlank(line.text)) continue;
    const bullet = BULLET.exec(line.text);
    if ((input.blockOf[i] ?? -1) !== -1) checklist = false;
    else if (bullet) {
      sawList = true;
      items.push({ text: (bullet[1] ?? "").trim(), line: line.no });
    } else if (isBlockStart(line.text) || /[。！？!?；;]/u.test(line.text)) checklist = false;
    else {
      const parts = line.text.split("、").map((p) => p.trim()).filter((p) => p !== "");
      if (line.text.includes("、")) sawList = true;
      if (parts.some((p) => p.length > MAX_CHECKLIST_ITEM)) checklist = false;
      for (const p of parts) items.push({ text: p, line: line.no });
    }
  }
  if (!checklist || !sawList || items.length === 0) {
    return { kind: "QUESTIONS", questions: [], notes: notes.text() };
  }
  const questions = items
    .filter((item) => item.text !== "")
    .map((item) => ({ number: null, answerMd: "", line: item.line, ...cleanTitle([item.text]) }));
  return { kind: "CHECKLIST", questions: withHashes(questions), notes: "" };
}

/** Parses one section into questions (numbered items) and loose notes, or into a checklist. */
export function parseQuestionSection(input: TSectionInput): TSectionParse {
  const topIndent = topLevelIndent(input);
  if (topIndent === null) return parseUnnumbered(input);

  const { lines, blockOf, warnings } = input;
  const done: Omit<TParsedQuestion, "position" | "contentHash">[] = [];
  const notes = noteCollector();
  const blockDest = new Map<number, "answer" | "notes">();
  let cur: TItem | null = null;
  let titleOpen = false;
  let lastOwner: "title" | "answer" | "notes" | null = null;
  let sawBlank = false;
  const close = () => {
    if (cur) done.push(finishItem(cur));
    cur = null;
  };

  for (let i = input.start; i < input.end; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const { text } = line;
    const block = blockOf[i] ?? -1;
    if (block !== -1) {
      let dest = blockDest.get(block);
      if (dest === undefined) {
        dest = cur && indentOf(text) > topIndent ? "answer" : "notes";
        if (dest === "notes") close();
        blockDest.set(block, dest);
      }
      const item: TItem | null = cur;
      if (dest === "answer" && item) item.answer.push({ text, lazy: false });
      else notes.push(line);
      titleOpen = false;
      lastOwner = dest;
      sawBlank = false;
      continue;
    }
    if (isBlank(text)) {
      titleOpen = false;
      sawBlank = true;
      const item: TItem | null = cur;
      if (item) item.answer.push({ text: "", lazy: false });
      else notes.push(line);
      continue;
    }
    const numbered = NUMBERED.exec(text);
    const indent = indentOf(text);
    const wasBlank = sawBlank;
    sawBlank = false;
    if (numbered && indent <= topIndent) {
      close();
      cur = startItem(numbered, line);
      titleOpen = true;
      lastOwner = "title";
      continue;
    }
    const item: TItem | null = cur;
    if (item) {
      const titleRoom = item.titlePieces.length < MAX_TITLE_LINES;
      if (titleOpen && titleRoom && !numbered && !isBlockStart(text) && !titleLooksComplete(item.titlePieces)) {
        item.titlePieces.push(text.trim());
        warnings.push({ key: "warnings.titleContinues", params: { questionLine: item.line }, line: line.no });
        continue;
      }
      titleOpen = false;
      if (indent > topIndent) {
        item.answer.push({ text, lazy: false });
        lastOwner = "answer";
        continue;
      }
      if (!wasBlank && lastOwner !== "notes" && !isBlockStart(text)) {
        item.answer.push({ text, lazy: true });
        lastOwner = "answer";
        warnings.push({ key: "warnings.unindentedAfterAnswer", params: { questionLine: item.line }, line: line.no });
        continue;
      }
      close();
    }
    notes.push(line);
    lastOwner = "notes";
  }
  close();
  return { kind: "QUESTIONS", questions: withHashes(done), notes: notes.text() };
}
