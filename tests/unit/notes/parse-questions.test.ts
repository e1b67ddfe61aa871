import { describe, expect, it } from "vitest";

import type { TParsedSet } from "@/lib/notes";
import { questionContentHash } from "@/lib/notes/question-title";
import { md, only, parse } from "@/tests/helpers/parse-notes";

describe("questions", () => {
  it("takes numbered top-level items as questions and the indented text as the answer", () => {
    const set = only(md([
      "# Storage",
      "",
      "1. <u>What does an index cost?</u>",
      "",
      "   Writes get slower; see <u>write amplification</u>.",
      "",
      "   ```sql",
      "   CREATE INDEX i ON t (a);",
      "   ```",
      "",
      "   $$",
      "   O(\\log n)",
      "   $$",
      "",
      "   <img src=\"assets/x.png\" style=\"zoom:30\"/>",
      "   ![fig](assets/y.png)",
      "",
      "2. Plain title without underline",
      "",
      "   short answer",
    ]));
    expect(set.kind).toBe("QUESTIONS");
    expect(set.questions.map((q) => [q.number, q.position, q.title, q.line])).toEqual([
      ["1", 0, "What does an index cost?", 3],
      ["2", 1, "Plain title without underline", 18],
    ]);
    expect(set.questions[0]?.answerMd).toBe(md([
      "Writes get slower; see <u>write amplification</u>.",
      "",
      "```sql",
      "CREATE INDEX i ON t (a);",
      "```",
      "",
      "$$",
      "O(\\log n)",
      "$$",
      "",
      "<img src=\"assets/x.png\" style=\"zoom:30\"/>",
      "![fig](assets/y.png)",
    ]));
    expect(set.questions[1]?.answerMd).toBe("short answer");
  });

  it("never takes numbered lists inside answers or lines inside code fences as questions", () => {
    const set = only(md([
      "# Tuning",
      "",
      "1. <u>Steps to tune a query?</u>",
      "",
      "   1. read the plan",
      "   2. add an index",
      "      1. deeper still",
      "",
      "   ```text",
      "   3. inside a fence",
      "   ```",
      "",
      "```text",
      "4. top-level fence",
      "# not a heading",
      "```",
      "",
      "2. <u>Next question</u>",
    ]));
    expect(set.questions.map((q) => q.title)).toEqual(["Steps to tune a query?", "Next question"]);
    expect(set.questions[0]?.answerMd).toContain("1. read the plan\n2. add an index\n   1. deeper still");
    expect(set.questions[0]?.answerMd).toContain("3. inside a fence");
    expect(set.notes).toBe("```text\n4. top-level fence\n# not a heading\n```");
  });

  it("joins a title that runs onto a second line (warned), but not a finished one", () => {
    const parsed = parse(md([
      "# Long",
      "",
      "1. <u>Why does the planner pick a seq scan when the</u>",
      "   <u>table is small?</u>",
      "",
      "2. 为什么缓存会出现雪崩，",
      "   以及如何预防",
      "",
      "3. ？",
      "   a reference kept under a placeholder",
      "",
      "4. Finished title?",
      "   answer written tight",
    ]));
    const set = parsed.sets[0] as TParsedSet;
    expect(parsed.warnings.map((w) => w.line)).toEqual([4, 7]);
    expect(set.questions.map((q) => [q.title, q.placeholder])).toEqual([
      ["Why does the planner pick a seq scan when the table is small?", false],
      ["为什么缓存会出现雪崩，以及如何预防", false],
      ["？", true],
      ["Finished title?", false],
    ]);
    expect(set.questions[2]?.answerMd).toBe("a reference kept under a placeholder");
    expect(set.questions[3]?.answerMd).toBe("answer written tight");
  });

  it("marks punctuation-only items as placeholders and keeps them in place", () => {
    const set = only(md(["# P", "", "1. ?", "2. ？", "3.", "4. <u>？</u>", "5. /", "6. 、", "7. Real one", "8. **?**"]));
    expect(set.questions.map((q) => [q.number, q.title, q.placeholder])).toEqual([
      ["1", "？", true],
      ["2", "？", true],
      ["3", "？", true],
      ["4", "？", true],
      ["5", "？", true],
      ["6", "？", true],
      ["7", "Real one", false],
      ["8", "？", true],
    ]);
  });

  it("counts ⭐ anywhere in the title, clamps at 3 and strips them, <u> and ** wrappers", () => {
    const set = only(md([
      "# S",
      "1. <u>One star</u>⭐",
      "2. <u>Inside the tag⭐⭐</u>",
      "3. Too many⭐⭐⭐⭐⭐",
      "4. **Bold wrapped**⭐\ufe0f",
      "5. keeps **inner** bold",
    ]));
    expect(set.questions.map((q) => [q.title, q.stars])).toEqual([
      ["One star", 1],
      ["Inside the tag", 2],
      ["Too many", 3],
      ["Bold wrapped", 1],
      ["keeps **inner** bold", 0],
    ]);
  });

  it("keeps document order when numbering repeats, skips or goes backwards", () => {
    const set = only(md(["# N", "1. a", "1. b", "5. c", "3. d", "10. e"]));
    expect(set.questions.map((q) => [q.number, q.position, q.title])).toEqual([
      ["1", 0, "a"],
      ["1", 1, "b"],
      ["5", 2, "c"],
      ["3", 3, "d"],
      ["10", 4, "e"],
    ]);
  });

  it("removes the list indentation, also for under-indented and tab-indented answers", () => {
    const set = only(md([
      "# I",
      "10. <u>Under-indented</u>",
      "",
      "  two spaces only",
      "",
      "11. <u>Tabs</u>",
      "",
      "    pros:",
      "    \t- fast",
      "    cons:",
      "      - slow",
    ]));
    expect(set.questions[0]?.answerMd).toBe("two spaces only");
    expect(set.questions[1]?.answerMd).toBe("pros:\n\t- fast\ncons:\n  - slow");
  });

  it("keeps loose paragraphs between questions as the set's notes", () => {
    const set = only(md([
      "# Behavioural",
      "",
      "An opening paragraph.",
      "",
      "1. <u>Strengths?</u>",
      "",
      "   Curious.",
      "",
      "Between questions, unindented.",
      "    still part of that loose block",
      "",
      "2. <u>Weaknesses?</u>",
      "",
      "【refs】",
      "https://example.com/a",
    ]));
    expect(set.questions.map((q) => [q.title, q.answerMd])).toEqual([
      ["Strengths?", "Curious."],
      ["Weaknesses?", ""],
    ]);
    expect(set.notes).toBe(md([
      "An opening paragraph.",
      "",
      "Between questions, unindented.",
      "    still part of that loose block",
      "",
      "【refs】",
      "https://example.com/a",
    ]));
  });

  it("keeps an unindented line that directly continues an answer in it, with a warning", () => {
    const parsed = parse(md(["# L", "1. <u>Q</u>", "", "   | x | y |", "   | - | - |", "lazy tail line", "", "2. <u>R</u>"]));
    expect(parsed.sets[0]?.questions[0]?.answerMd).toBe("| x | y |\n| - | - |\nlazy tail line");
    expect(parsed.warnings).toEqual([{ key: "warnings.unindentedAfterAnswer", params: { questionLine: 2 }, line: 6 }]);
  });

  it("warns about a code fence that is never closed and ends it with its list item", () => {
    const parsed = parse(md(["# F", "1. <u>Q</u>", "", "   ```py", "   x = 1", "2. <u>R</u>", "# Next"]));
    expect(parsed.sets.map((s) => s.questions.length)).toEqual([2, 0]);
    expect(parsed.sets[0]?.questions[0]?.answerMd).toBe("```py\nx = 1");
    expect(parsed.warnings).toEqual([{ key: "warnings.fenceUnclosed", params: { endLine: 5 }, line: 4 }]);
  });

  it("hashes title, answer, stars and placeholder, not the position or number", () => {
    const set = only(md(["# H", "1. <u>Same</u>", "", "   body", "7. <u>Same</u>", "", "   body", "8. <u>Same</u>⭐", "", "   body"]));
    const [a, b, c] = set.questions;
    expect(a?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a?.contentHash).toBe(b?.contentHash);
    expect(c?.contentHash).not.toBe(a?.contentHash);
    expect(a?.contentHash).toBe(questionContentHash({ title: "Same", answerMd: "body", stars: 0, placeholder: false }));
  });
});
