import { describe, expect, it } from "vitest";

import { md, only, parse } from "@/tests/helpers/parse-notes";

describe("sections", () => {
  it("starts a set at every # and ## heading and keeps the written title", () => {
    const { sets } = parse(md(["# 7 Graphs", "", "## K 八股杂项", "", "# Caching", "", "#### not a set", "### neither"]));
    expect(sets.map((s) => [s.title, s.displayTitle, s.level])).toEqual([
      ["7 Graphs", "Graphs", 1],
      ["K 八股杂项", "八股杂项", 2],
      ["Caching", "Caching", 1],
    ]);
    expect(sets[2]?.notes).toBe("#### not a set\n### neither");
  });

  it("gives ASCII slugs that survive renumbering and inserted sections, deduped in order", () => {
    const a = parse(md(["# 1 Graphs", "# 操作系统", "# HR面", "# Graphs"])).sets;
    expect(a.map((s) => s.slug)).toEqual([
      "graphs",
      expect.stringMatching(/^set-[0-9a-f]{8}$/),
      expect.stringMatching(/^hr-[0-9a-f]{8}$/),
      "graphs-2",
    ]);
    for (const s of a) expect(s.slug).toMatch(/^[a-z0-9-]+$/);
    const b = parse(md(["# New first", "# 3 Graphs", "# 操作系统", "# HR面"])).sets;
    expect(b.slice(1).map((s) => s.slug)).toEqual(a.slice(0, 3).map((s) => s.slug));
  });

  it("ignores headings inside code fences and reports text before the first heading", () => {
    const parsed = parse(md(["stray intro", "", "# Shell", "", "```bash", "# a comment, not a heading", "```"]));
    expect(parsed.sets).toHaveLength(1);
    expect(parsed.preambleMd).toBe("stray intro");
    expect(parsed.warnings).toEqual([{ key: "warnings.preamble", params: {}, line: 1 }]);
  });

  it("handles a BOM and CRLF exactly like plain LF", () => {
    const lf = md(["# Nets", "", "1. <u>TCP vs UDP</u>⭐", "", "   | a | b |", "   | - | - |", "   | 1 | 2 |", "", "2. ？"]);
    const crlf = `\ufeff${lf.replace(/\n/g, "\r\n")}`;
    expect(parse(crlf).sets).toEqual(parse(lf).sets);
    expect(parse(crlf).sets[0]?.questions[0]?.answerMd).toBe("| a | b |\n| - | - |\n| 1 | 2 |");
  });
});

describe("checklists", () => {
  it("turns a 、-separated unnumbered section into one checklist item per entry", () => {
    const set = only(md(["# 手写代码", "", "LRU、快排、堆排序、", "", "Trie、并查集"]));
    expect(set.kind).toBe("CHECKLIST");
    expect(set.questions.map((q) => [q.title, q.number, q.position, q.answerMd])).toEqual([
      ["LRU", null, 0, ""],
      ["快排", null, 1, ""],
      ["堆排序", null, 2, ""],
      ["Trie", null, 3, ""],
      ["并查集", null, 4, ""],
    ]);
    expect(set.notes).toBe("");
  });

  it("accepts - bullets (and task boxes) as checklist items", () => {
    const set = only(md(["# Todo", "- company research⭐", "- [ ] 反问问题", "* 自我介绍"]));
    expect(set.kind).toBe("CHECKLIST");
    expect(set.questions.map((q) => [q.title, q.stars])).toEqual([
      ["company research", 1],
      ["反问问题", 0],
      ["自我介绍", 0],
    ]);
  });

  it("keeps prose without numbered items as notes of an empty question set", () => {
    const set = only(md(["# Diary", "", "今天面了两家公司。感觉还行！", "", "![img](a.png)"]));
    expect(set.kind).toBe("QUESTIONS");
    expect(set.questions).toEqual([]);
    expect(set.notes).toBe("今天面了两家公司。感觉还行！\n\n![img](a.png)");
  });
});
