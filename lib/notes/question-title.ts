import { createHash } from "node:crypto";

import { joinWrapped } from "./text-utils";

export const PLACEHOLDER_TITLE = "？";
const MAX_STARS = 3;
/** A title wraps onto at most this many lines; lines after them are answer or notes. */
export const MAX_TITLE_LINES = 20;

const STAR = /\u2b50\ufe0f?/gu;
const U_TAG = /<\/?u\s*>/giu;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]*$/u;

/** Removes `<u>`/`</u>` and ⭐ from a raw title piece; returns the text and the ⭐ count. */
function stripPiece(raw: string): { text: string; stars: number } {
  const stars = (raw.match(STAR) ?? []).length;
  const text = raw.replace(STAR, "").replace(U_TAG, "").trim();
  return { text, stars };
}

function stripBoldWrapper(text: string): string {
  const m = /^\*\*(.+)\*\*$/su.exec(text);
  return m && !(m[1] ?? "").includes("**") ? (m[1] ?? "").trim() : text;
}

type TCleanTitle = { title: string; stars: number; placeholder: boolean };

/**
 * Title pieces as written (one per physical line) → the stored title: `<u>`, ⭐ and a `**…**`
 * wrapper removed, pieces joined. Only punctuation left (or nothing) → a placeholder titled `？`.
 */
export function cleanTitle(pieces: readonly string[]): TCleanTitle {
  let stars = 0;
  let joined = "";
  for (const piece of pieces) {
    const stripped = stripPiece(piece);
    stars += stripped.stars;
    joined = joinWrapped(joined, stripped.text);
  }
  const title = stripBoldWrapper(joined.replace(/\s+/gu, " ").trim());
  const placeholder = ONLY_PUNCTUATION.test(title);
  return {
    title: placeholder ? PLACEHOLDER_TITLE : title,
    stars: Math.min(MAX_STARS, stars),
    placeholder,
  };
}

/** Does a title line look finished (so an indented line right after it is answer, not title)? */
export function titleLooksComplete(pieces: readonly string[]): boolean {
  const raw = pieces.join("");
  const opens = (raw.match(/<u\s*>/giu) ?? []).length;
  const closes = (raw.match(/<\/u\s*>/giu) ?? []).length;
  if (opens > closes) return false;
  if (/\u2b50\ufe0f?\s*$/u.test(raw)) return true;
  const { text } = stripPiece(raw);
  let end = text.length; // a trailing `*` run, dropped by index: /\*+$/ rescans the run from each `*`
  while (end > 0 && text[end - 1] === "*") end -= 1;
  const bare = text.slice(0, end).trim();
  if (ONLY_PUNCTUATION.test(bare)) return true;
  return /[？?。！!：:；;…]$/u.test(bare);
}

/**
 * Canonical form hashed for idempotent import: title, answer, stars and the placeholder flag,
 * newline-separated. Position and number are deliberately not part of it.
 */
export function questionContentHash(q: {
  title: string;
  answerMd: string;
  stars: number;
  placeholder: boolean;
}): string {
  return createHash("sha256").update(`${q.title}\n${q.answerMd}\n${q.stars}\n${q.placeholder ? 1 : 0}`).digest("hex");
}
