// Pure text helpers for question search (no database): LIKE escaping and match highlighting.

/** `%`, `_` and `\` match themselves. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Splits text into parts, marking the case-insensitive matches of `term` (for <mark>). */
export function highlightParts(text: string, term: string): { text: string; match: boolean }[] {
  if (!term) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Markdown (and inline HTML) as the plain text a reader sees, on one line: tags, code fences,
 * link targets, emphasis, heading/list/quote markers, table pipes and math delimiters go; the
 * words stay. Code (fenced blocks and `spans`, even cut off at the end) is kept as written:
 * `x ** 2`, `a | b` and `<div>` are what the reader sees there. A tag cut off at the end of the
 * text is dropped too.
 */
export function markdownToPlain(markdown: string): string {
  const code: string[] = [];
  const keep = (text: string) => `\uE000${code.push(text) - 1}\uE001`;
  return markdown
    .replace(/^[ \t]*(```|~~~)[^\n]*\n?([\s\S]*?)(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm, (_, _fence, body: string) => ` ${keep(body)} `)
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, body: string) => keep(body))
    .replace(/<[^>]*$/, "") // a tag cut at the end
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<\/?(a|b|i|u|s|em|strong|code|span|mark|sub|sup|del|ins|kbd|small)\b[^>]*>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)?/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)?/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d+[.)]\s+)/gm, "")
    // Table delimiter rows and thematic breaks, one line each: `[ \t]`, not `\s`, so a pattern
    // anchored at every line start cannot run on across a stretch of blank lines (cubic time).
    .replace(/^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm, " ")
    .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, " ")
    .replace(/\*\*|~~|`+|\$\$?/g, "") // a code span cut at the end leaves a lone backtick
    .replace(/\|/g, " ")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2")
    // Typora's ==highlight==: the marks go, the words stay (`==>` and `a == b` stay as written).
    .replace(/(^|[^=])==(?=[^\s=])([^=\n]*?[^\s=])==(?!=)/g, "$1$2")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\uE000(\d+)\uE001/g, (_, index: string) => code[Number(index)] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

export type TSnippet = { text: string; start: boolean; end: boolean };

/**
 * About `length` characters of an answer's plain text around the first match of `term` (or its
 * beginning), from a Markdown window that starts `from` characters (1-based) into the answer.
 * `start`/`end` say whether text was left out before or after.
 */
export function plainSnippet(
  window: string,
  term: string,
  opts: { from: number; inFence?: boolean; more: boolean; length: number; before: number },
): TSnippet {
  // A window that starts inside a tag or a link target begins with its rest: `x" onerror="…">`.
  // One that starts inside a fenced code block gets the block's opening fence back.
  const head = opts.inFence
    ? `\`\`\`\n${window}`
    : opts.from > 1
      ? window.replace(/^[^<>\n]*["'/]\s*>/, "").replace(/^([^[\]\n]*)\]\([^)\s]*\)/, "$1")
      : window;
  const plain = markdownToPlain(head);
  const at = term ? plain.toLowerCase().indexOf(term.toLowerCase()) : -1;
  const begin = at > opts.before ? at - opts.before : 0;
  const text = plain.slice(begin, begin + opts.length);
  return { text, start: opts.from > 1 || begin > 0, end: opts.more || begin + opts.length < plain.length };
}
