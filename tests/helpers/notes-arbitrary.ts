// fast-check generators of hostile and ordinary interview notes: random mixes of the notes' own
// constructs (headings, numbered questions, bullets, fences, $$ blocks, tables, <u>, ⭐, the tier
// list and pipeline lines) with nesting prefixes, long whitespace runs, CJK and unbalanced
// brackets; and random edits of a real notes file (read by the test, never copied).
import fc from "fast-check";

const words = fc.constantFrom("注意力", "Transformer", "为什么要除以根号d？", "KV cache", "腾讯", "x", "(a", "[b", "**重", "_c", "<u>", "</u>", "⭐", "$x^2$", "`code", "\\", "<div>", "1.", "—", "：", "、", "（X）", "{", "}");
const text = fc.tuple(fc.array(words, { minLength: 1, maxLength: 12 }), fc.constantFrom(" ", "", "\t")).map(([w, sep]) => w.join(sep));
const spaces = fc.integer({ min: 0, max: 3000 }).map((n) => " ".repeat(n));
const prefix = fc.tuple(fc.constantFrom("- ", "> ", "* ", "1. ", "  ", "    ", "\t", "> - ", "- [ ] "), fc.integer({ min: 1, max: 60 })).map(([p, n]) => p.repeat(n));

const line = fc.oneof(
  fc.tuple(fc.constantFrom("#", "##", "###"), spaces, text, spaces, fc.constantFrom("", "#", " ##")).map((p) => `${p[0]} ${p[2]}${p[1]}${p[4]}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), text, fc.constantFrom("", "⭐", "⭐⭐⭐⭐", "？")).map(([n, t, s]) => `${n}. <u>${t}</u>${s}`),
  fc.tuple(fc.constantFrom("", "  ", "    ", "\t"), fc.constantFrom("- ", "* ", "+ ", "1. ", "> "), text).map((p) => p.join("")),
  fc.constantFrom("```", "```python", "~~~", "$$", "| a | b |", "| --- | --- |", "| 1 | 2 |", "---", "", "", "<u>", "</div>"),
  fc.tuple(fc.constantFrom("S", "A", "B", "**C**", "N"), fc.constantFrom("", "：腾讯、阿里(X)、", " 字节(复活甲,投递)、美团（3.6）")).map((p) => p.join("")),
  fc.tuple(text, spaces, fc.constantFrom("投递—笔试(04-01 19:00)—挂】", "投递—测评—", "一面(3月6日 9:00)")).map(([a, s, b]) => `${a}：${s}${b}`),
  fc.tuple(spaces, fc.constantFrom("**面试挂：**A、B", "面试挂:", "笔试挂：C"), spaces).map((p) => p.join("")),
  fc.tuple(prefix, text).map((p) => p.join("")),
  fc.tuple(fc.constantFrom("(", "[", "{", "*_", "<u>", "（"), fc.integer({ min: 1, max: 400 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(spaces, text).map((p) => p.join("")),
);

/** A generated notes document. */
export const notesDocument = fc
  .tuple(fc.array(line, { maxLength: 80 }), fc.constantFrom("\n", "\r\n"))
  .map(([lines, eol]) => lines.join(eol));

const snippet = fc.oneof(line, text, fc.constantFrom("\n", "\n\n", "```\n", "$$\n", "# ", "1. ", "    ", "⭐"));

/** Random edits (insert, delete, duplicate, replace) of `source`, at positions fast-check picks. */
export function mutationsOf(source: string) {
  const edit = fc.tuple(fc.constantFrom("insert", "delete", "duplicate", "replace"), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 4000 }), snippet);
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let out = source;
    for (const [kind, at, size, piece] of edits) {
      const start = Math.floor(at * out.length);
      const end = Math.min(out.length, start + size);
      if (kind === "insert") out = out.slice(0, start) + piece + out.slice(start);
      else if (kind === "delete") out = out.slice(0, start) + out.slice(end);
      else if (kind === "duplicate") out = out.slice(0, end) + out.slice(start, end) + out.slice(end);
      else out = out.slice(0, start) + piece + out.slice(end);
    }
    return out;
  });
}

/** Time of `run` per KB of `text` (at least 1 KB, so fixed costs do not dominate tiny inputs). */
export function msPerKb(text: string, run: () => unknown): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / Math.max(1, text.length / 1024);
}
