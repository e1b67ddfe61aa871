import type { TWarning } from "./types";

export type TLine = { text: string; no: number };

/** Splits text into lines (BOM removed; LF, CRLF or CR). Line numbers are 1-based. */
export function splitLines(text: string): TLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((line, i) => ({ text: line, no: i + 1 }));
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Width of the leading whitespace in columns (tab stops every 4 columns). */
export function indentOf(text: string): number {
  let col = 0;
  for (const ch of text) {
    if (ch === " ") col += 1;
    else if (ch === "\t") col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** Removes up to `columns` columns of leading whitespace; a tab straddling the cut leaves spaces. */
export function removeColumns(text: string, columns: number): string {
  let col = 0;
  let i = 0;
  while (i < text.length && col < columns) {
    const ch = text[i];
    if (ch === " ") col += 1;
    else if (ch === "\t") col += 4 - (col % 4);
    else break;
    i += 1;
  }
  return " ".repeat(Math.max(0, col - columns)) + text.slice(i);
}

/** Drops blank lines at both ends and turns whitespace-only lines into empty ones. */
export function joinTrimmedLines(lines: readonly string[]): string {
  const cleaned = lines.map((l) => (isBlank(l) ? "" : l));
  let start = 0;
  let end = cleaned.length;
  while (start < end && cleaned[start] === "") start += 1;
  while (end > start && cleaned[end - 1] === "") end -= 1;
  return cleaned.slice(start, end).join("\n");
}

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const HEADING = /^#{1,2}(?:[ \t]|$)/;

/**
 * For every index k (0..lines.length): the longest closing ``` and ~~~ fence at or after line k
 * (0 if none), whether a `$$` line follows, and the first `#`/`##` heading at or after k (or
 * lines.length if none).
 */
function closersAfter(lines: readonly TLine[]) {
  const n = lines.length;
  const backtick: number[] = new Array<number>(n + 1).fill(0);
  const tilde: number[] = new Array<number>(n + 1).fill(0);
  const math: boolean[] = new Array<boolean>(n + 1).fill(false);
  const heading: number[] = new Array<number>(n + 1).fill(n);
  for (let k = n - 1; k >= 0; k -= 1) {
    const t = lines[k]?.text ?? "";
    const close = FENCE_OPEN.exec(t);
    const closeMarker = close && isBlank(close[3] ?? "") ? (close[2] ?? "") : "";
    backtick[k] = Math.max(backtick[k + 1]!, closeMarker.startsWith("`") ? closeMarker.length : 0);
    tilde[k] = Math.max(tilde[k + 1]!, closeMarker.startsWith("~") ? closeMarker.length : 0);
    math[k] = math[k + 1]! || t.trim() === "$$";
    heading[k] = HEADING.test(t) ? k : heading[k + 1]!;
  }
  return { backtick, tilde, math, heading };
}

/**
 * For every line, the index of the opening line of the code fence / `$$` math block it belongs to
 * (delimiters included), or -1. A block opened inside an indented answer ends, at the latest,
 * before the next non-blank unindented line (the end of its list item). An unclosed block is
 * reported and ends before that line or, for an unindented block, before the next `#`/`##` heading.
 */
export function computeLiteralBlocks(lines: readonly TLine[], warnings: TWarning[]): number[] {
  const blockOf: number[] = lines.map(() => -1);
  const after = closersAfter(lines);
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text ?? "";
    const fence = FENCE_OPEN.exec(text);
    const marker = fence?.[2] ?? "";
    const info = fence?.[3] ?? "";
    const isFence = fence !== null && !(marker.startsWith("`") && info.includes("`"));
    const isMath = !isFence && text.trim() === "$$";
    if (!isFence && !isMath) {
      i += 1;
      continue;
    }
    const openIndent = indentOf(text);
    let end = -1;
    let stop = -1;
    let j = i + 1;
    // An unindented block with no closer anywhere below ends before the next heading: no scan, so
    // many unclosed openers cost one pass, not one pass each.
    const closable = isFence ? (marker[0] === "`" ? after.backtick : after.tilde)[i + 1]! >= marker.length : after.math[i + 1]!;
    if (openIndent === 0 && !closable) {
      stop = after.heading[i + 1]!;
      j = lines.length;
    }
    for (; j < lines.length; j += 1) {
      const t = lines[j]?.text ?? "";
      if (isFence) {
        const close = FENCE_OPEN.exec(t);
        const closeMarker = close?.[2] ?? "";
        if (close && closeMarker[0] === marker[0] && closeMarker.length >= marker.length && isBlank(close[3] ?? "")) {
          end = j;
          break;
        }
      } else if (t.trim() === "$$") {
        end = j;
        break;
      }
      if (openIndent > 0 && !isBlank(t) && indentOf(t) === 0) break;
      if (stop === -1 && HEADING.test(t)) stop = j;
    }
    if (end === -1) {
      end = (stop === -1 ? j : stop) - 1;
      warnings.push({
        key: isFence ? "warnings.fenceUnclosed" : "warnings.mathUnclosed",
        params: { endLine: lines[end]?.no ?? end + 1 },
        line: lines[i]?.no ?? i + 1,
      });
    }
    for (let k = i; k <= end; k += 1) blockOf[k] = i;
    i = end + 1;
  }
  return blockOf;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Joins two pieces of a wrapped line: no space next to a CJK character, one space otherwise. */
export function joinWrapped(left: string, right: string): string {
  if (left === "") return right;
  if (right === "") return left;
  const last = left[left.length - 1] ?? "";
  const first = right[0] ?? "";
  return CJK.test(last) || CJK.test(first) ? left + right : `${left} ${right}`;
}
