import { createHash } from "node:crypto";

import type { TLine } from "./text-utils";

type TRawSection = {
  title: string;
  level: 1 | 2;
  line: number;
  /** Index (into the document's lines) of the first line after the heading. */
  start: number;
  /** Index one past the section's last line. */
  end: number;
};

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;
const isSpaceOrTab = (ch: string | undefined) => ch === " " || ch === "\t";

/** A closing `#` run at the end of a heading title, with the spaces before it: `RAG ##` → `RAG`. */
function stripClosingHashes(title: string): string {
  let end = title.length;
  while (end > 0 && title[end - 1] === "#") end -= 1;
  if (end === title.length) return title;
  if (end === 0) return "";
  let start = end;
  while (start > 0 && isSpaceOrTab(title[start - 1])) start -= 1;
  return start < end ? title.slice(0, start) : title;
}

/**
 * `# title` / `## title` at column 0, outside code fences / math blocks; else null. String
 * operations, not a pattern: the time is linear in the line, whatever its whitespace.
 */
export function parseHeading(text: string): { level: 1 | 2; title: string } | null {
  let hashes = 0;
  while (hashes < text.length && text[hashes] === "#") hashes += 1;
  if (hashes === 0 || hashes > 2) return null;
  const rest = text.slice(hashes);
  if (rest !== "" && !isSpaceOrTab(rest[0])) return null;
  if (LINE_TERMINATOR.test(rest)) return null;
  let start = 0;
  let end = rest.length;
  while (start < end && isSpaceOrTab(rest[start])) start += 1;
  while (end > start && isSpaceOrTab(rest[end - 1])) end -= 1;
  return { level: hashes === 1 ? 1 : 2, title: stripClosingHashes(rest.slice(start, end)).trim() };
}

/** Splits the document at every `#`/`##` heading; `preambleEnd` is where the first section starts. */
export function splitSections(
  lines: readonly TLine[],
  blockOf: readonly number[],
): { preambleEnd: number; sections: TRawSection[] } {
  const sections: TRawSection[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if ((blockOf[i] ?? -1) !== -1) continue;
    const heading = parseHeading(lines[i]?.text ?? "");
    if (!heading) continue;
    const prev = sections[sections.length - 1];
    if (prev) prev.end = i;
    sections.push({ ...heading, line: lines[i]?.no ?? i + 1, start: i + 1, end: lines.length });
  }
  return { preambleEnd: sections[0] ? sections[0].start - 1 : lines.length, sections };
}

const NUMBER_TOKEN = /^(?:\d{1,2}(?:\.\d{1,2})*(?:[.、．)）][ \t]*|[ \t]+)|[A-Z](?:[.、．)）][ \t]*|[ \t]+)|[一二三四五六七八九十]+[、.．][ \t]*)(?=\S)/u;

/** `1 Transformer` → `Transformer`, `N 网友大厂面经记录` → `网友大厂面经记录`, `RAG` → `RAG`. */
export function displayTitleOf(title: string): string {
  const stripped = title.replace(NUMBER_TOKEN, "").trim();
  return stripped === "" ? title.trim() : stripped;
}

/**
 * ASCII-safe slug derived from the display title only (so renumbering a heading or adding other
 * sections does not change it): its ASCII letters/digits, plus a short hash of the whole title when
 * the title has other characters (`HR面` → `hr-…`, `数据库` → `set-…`).
 */
export function baseSlugOf(displayTitle: string): string {
  const normalized = displayTitle.normalize("NFKC").toLowerCase().trim();
  const ascii = normalized.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  const hasOther = /[^\x00-\x7f]/.test(normalized);
  if (!hasOther && ascii !== "") return ascii;
  const hash = createHash("sha256").update(normalized).digest("hex").slice(0, 8);
  return `${ascii === "" ? "set" : ascii}-${hash}`;
}

/** Base slugs deduped in order: `rag`, `rag-2`, `rag-3`. */
export function dedupeSlugs(bases: readonly string[]): string[] {
  const used = new Set<string>();
  // Where each base's search for a free suffix got to: a slug once used stays used, so the next
  // search goes on from there (without it, n sets of one title take n² steps).
  const nextSuffix = new Map<string, number>();
  return bases.map((base) => {
    let slug = base;
    let n = nextSuffix.get(base) ?? 2;
    if (used.has(slug)) for (slug = `${base}-${n}`; used.has(slug); n += 1) slug = `${base}-${n + 1}`;
    nextSuffix.set(base, n);
    used.add(slug);
    return slug;
  });
}
