// How deep and how large Markdown may be before it is shown as plain text (and refused when saved).
// A pure, linear scan without zod: the renderer, the editor, the schemas and the importer share it.

/**
 * The deepest nesting kept: lists and quotes inside each other, plus brackets, braces, emphasis
 * and HTML elements left open. Notes nest a handful of levels; a parser's time and stack grow with
 * depth, so text past this is not handed to one.
 */
export const MARKDOWN_MAX_DEPTH = 32;

/** The largest text rendered as Markdown, in UTF-16 units (an answer is at most 100 KB of UTF-8). */
export const MARKDOWN_RENDER_MAX_LENGTH = 128 * 1024;

/**
 * The most markup rendered as Markdown, by markdownWeight. Rendering costs by the elements made,
 * not the bytes: 100 KB of prose or code renders in about 0.1 s, 100 KB of `*a* ` or list items
 * in 2–3 s. At this weight a render stays around a second on a busy server; the largest answer
 * of real notes weighs a few hundred.
 */
export const MARKDOWN_RENDER_MAX_WEIGHT = 10_000;

/**
 * Emphasis, strikethrough and link delimiters weigh more: runs of them that never pair up cost the
 * parser time growing with the square of their number (`a~ a~ a~ …`), so their count must stay small.
 */
const DELIMITERS = new Set(["*", "_", "~", "[", "]"]);
const MARKUP = new Set(["`", "|", "$", "<"]);

/**
 * Roughly what rendering the text costs: four per line (a list item or table row is several
 * elements), five per delimiter and one per other markup character, outside fenced code (code
 * renders as one element).
 */
export function markdownWeight(source: string): number {
  let weight = 0;
  let fence: string | null = null;
  for (const line of source.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker !== undefined) fence = marker;
    weight += 4;
    for (const ch of line) {
      if (DELIMITERS.has(ch)) weight += 5;
      else if (MARKUP.has(ch)) weight += 1;
    }
  }
  return weight;
}

// Elements that never hold others, or that the HTML parser closes when a sibling opens.
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
]);

const isSpace = (ch: string | undefined) => ch === " " || ch === "\t";
const isBlankOrEnd = (ch: string | undefined) => ch === undefined || ch === " " || ch === "\t";
const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isWhite = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const isPunctuation = (ch: string | undefined) => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);

/**
 * What a run of `*`, `_` or `~` between `before` and `after` does, by CommonMark's flanking rules:
 * +1 opens, -1 closes, 0 neither. A run that can do both opens unless it sits inside a word
 * (`snake_case`, `2**10` pair up and never nest): so `*_*_*_x_*_*_*` counts every level it opens.
 */
function emphasisRole(before: string | undefined, after: string | undefined): 1 | -1 | 0 {
  const left = !isWhite(after) && (!isPunctuation(after) || isWhite(before) || isPunctuation(before));
  const right = !isWhite(before) && (!isPunctuation(before) || isWhite(after) || isPunctuation(after));
  if (left && right) return isWord(before) && isWord(after) ? 0 : 1;
  return left ? 1 : right ? -1 : 0;
}

/** Columns of leading whitespace from `pos` (tab stops every 4), and where it ends. */
function skipSpace(line: string, pos: number, col: number): { pos: number; col: number } {
  while (isSpace(line[pos])) {
    col = line[pos] === "\t" ? col + 4 - (col % 4) : col + 1;
    pos += 1;
  }
  return { pos, col };
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `12)`) at `pos` followed by a space or the end, else 0. */
function listMarkerAt(line: string, pos: number): number {
  const ch = line[pos];
  if ((ch === "-" || ch === "*" || ch === "+") && isBlankOrEnd(line[pos + 1])) return 1;
  let end = pos;
  while (end - pos < 9 && line[end] !== undefined && line[end]! >= "0" && line[end]! <= "9") end += 1;
  if (end === pos || (line[end] !== "." && line[end] !== ")")) return 0;
  return isBlankOrEnd(line[end + 1]) ? end + 1 - pos : 0;
}

/** Is this line (after its container markers) a code fence: ``` or ~~~ with at most 3 spaces before? */
function isFenceLine(line: string, pos: number, indent: number): boolean {
  const ch = line[pos];
  if (indent > 3 || (ch !== "`" && ch !== "~") || line[pos + 1] !== ch || line[pos + 2] !== ch) return false;
  return ch === "~" || !line.slice(pos + 3).replace(/^`+/u, "").includes("`");
}

type TInline = { brackets: number; braces: number; emphasis: Record<string, number> };
const freshInline = (): TInline => ({ brackets: 0, braces: 0, emphasis: { "*": 0, _: 0, "~": 0 } });
const inlineDepth = (s: TInline) => s.brackets + s.braces + (s.emphasis["*"] ?? 0) + (s.emphasis._ ?? 0) + (s.emphasis["~"] ?? 0);

/**
 * An upper estimate of how deeply `source` nests, in one pass over it: per line, the list items
 * and quotes it sits in (list levels kept by indentation, quotes by `>`), plus what is open in its
 * paragraph (brackets, braces, emphasis delimiter runs, per character) and the HTML elements open
 * so far. Code is counted like prose (a fence cannot always be told from text without a parser),
 * so it only ever overestimates.
 */
export function markdownNestingDepth(source: string): number {
  const lists: { quotes: number; col: number }[] = [];
  let inline = freshInline();
  let html = 0;
  let max = 0;
  for (const line of source.split(/\r\n|\r|\n/u)) {
    let { pos, col } = skipSpace(line, 0, 0);
    if (pos === line.length) {
      inline = freshInline();
      continue;
    }
    const lead = col;
    let quotes = 0;
    while (line[pos] === ">") {
      quotes += 1;
      ({ pos, col } = skipSpace(line, pos + 1, 0));
    }
    while (lists.length > 0) {
      const top = lists[lists.length - 1]!;
      // A list item goes on while the line reaches its content column: at its own quote level, or
      // (for a list around a quote) with the quote's `>` at or past that column.
      const continued = top.quotes === quotes ? top.col <= col : top.quotes < quotes && top.col <= lead;
      if (!continued) lists.pop();
      else break;
    }
    let depth = lists.length + quotes;
    for (let marker = listMarkerAt(line, pos); marker > 0 || line[pos] === ">"; marker = listMarkerAt(line, pos)) {
      depth += 1;
      if (marker > 0) {
        const after = skipSpace(line, pos + marker, col + marker);
        lists.push({ quotes, col: after.pos === line.length ? col + marker + 1 : after.col });
        ({ pos, col } = after);
      } else ({ pos, col } = skipSpace(line, pos + 1, col + 1));
    }
    if (isFenceLine(line, pos, col)) inline = freshInline();
    const open = scanInline(line, pos, inline, html);
    html = open.html;
    max = Math.max(max, depth + open.max);
  }
  return max;
}

/** Brackets, braces, emphasis and HTML opened and closed along one line; the deepest point. */
function scanInline(line: string, from: number, state: TInline, htmlOpen: number): { max: number; html: number } {
  let html = htmlOpen;
  let max = inlineDepth(state) + html;
  let nextGt = -2; // index of the next `>` (-1: none left on the line); looked up lazily
  for (let i = from; i < line.length; i += 1) {
    const ch = line[i]!;
    if (ch === "\\") {
      i += 1;
      continue;
    }
    if (ch === "[") state.brackets += 1;
    else if (ch === "]") state.brackets = Math.max(0, state.brackets - 1);
    else if (ch === "{") state.braces += 1;
    else if (ch === "}") state.braces = Math.max(0, state.braces - 1);
    else if (ch === "*" || ch === "_" || ch === "~") {
      let end = i;
      while (line[end] === ch) end += 1;
      const role = emphasisRole(line[i - 1], line[end]);
      const run = end - i;
      i = end - 1;
      state.emphasis[ch] = Math.max(0, (state.emphasis[ch] ?? 0) + role * run);
    } else if (ch === "<") {
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>]|$)/u.exec(line.slice(i, i + 40));
      if (!tag || NOT_NESTING.has((tag[2] ?? "").toLowerCase())) continue;
      if (nextGt !== -1 && nextGt < i) nextGt = line.indexOf(">", i); // moves forward only: linear
      if (tag[1] === "/") html = Math.max(0, html - 1);
      else if (nextGt === -1 || line[nextGt - 1] !== "/") html += 1;
    }
    max = Math.max(max, inlineDepth(state) + html);
  }
  return { max, html };
}
