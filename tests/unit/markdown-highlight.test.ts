import { readFileSync } from "node:fs";

import type { Paragraph, Root } from "mdast";
import { describe, expect, it } from "vitest";

import { remarkHighlight } from "@/lib/markdown/remark-highlight";

import { renderMarkdown as render } from "../helpers/markdown";

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);

describe("==highlight== renders as <mark>", () => {
  it("marks a highlight inside bold text and parentheses, as the real notes write it", () => {
    const html = render("**将当前位置与其他位置之间的关系建模(==关注序列内部的关系==)**。");
    expect(marks(html)).toEqual(["关注序列内部的关系"]);
    expect(html).not.toContain("==");
  });

  it("marks the two highlights of the real notes and leaves their arrows (==>, ===》) as written", () => {
    const notes = readFileSync(new URL("../../../shared/fixtures/interview-notes.md", import.meta.url), "utf8");
    const html = render(notes.split("\n").filter((line) => line.includes("==")).join("\n\n"));
    expect(marks(html)).toEqual(["关注序列内部的关系", "关注目标与其他对象之间的关系"]);
    expect(html).toContain("===》");
    expect(html).toContain("==&gt;");
  });

  it("spans inline markup: ==**key** point== is one highlight with the bold inside", () => {
    expect(render("前 ==**重点** 内容== 后")).toContain("<mark><strong>重点</strong> 内容</mark>");
  });

  it("works in headings, list items and table cells", () => {
    const html = render("## 标题 ==A==\n\n- 项 ==B==\n\n| x |\n| - |\n| ==C== |");
    expect(marks(html)).toEqual(["A", "B", "C"]);
  });

  it("leaves code, math and link targets alone", () => {
    const html = render("`==a==` and\n\n```\n==b==\n```\n\n$x==y==z$ [==c==](https://e.test/==d==)");
    expect(marks(html)).toEqual(["c"]);
    expect(html).toContain("<code>==a==</code>");
    expect(html).toContain("==b==");
    expect(html).toContain('href="https://e.test/==d=="');
  });

  it("needs exactly two = with no space inside: comparisons and longer runs stay text", () => {
    for (const text of ["a == b == c", "x ===y=== z", "== 空格 ==", "A ==> B ==> C", "====", "=="]) {
      expect(marks(render(text)), text).toEqual([]);
    }
    expect(marks(render("a==b==c"))).toEqual(["b"]);
    expect(marks(render("==a== ==b==="))).toEqual(["a"]);
  });

  it("does not pair across paragraphs, and an unpaired opener stays text", () => {
    const html = render("==开始\n\n结束==");
    expect(marks(html)).toEqual([]);
    expect(html).toContain("==开始");
    expect(html).toContain("结束==");
  });

  it("keeps the sanitizer: HTML inside a highlight is still cleaned, and a <mark> written as HTML keeps no attributes", () => {
    const html = render('==<img src="x" onerror="alert(1)">== <mark onclick="alert(2)" style="color:red">m</mark>');
    expect(html).not.toMatch(/onerror|onclick|style=/);
    expect(html).toContain("<mark>m</mark>");
  });
});

describe("==highlight== stays linear on pathological input", () => {
  /** The transform alone over one paragraph of `text` (a 1 MB line is past what the renderer parses). */
  const transform = (text: string) => {
    const tree: Root = { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: text }] }] };
    const start = performance.now();
    remarkHighlight()(tree);
    const paragraph = tree.children[0] as Paragraph;
    return { ms: performance.now() - start, highlights: paragraph.children.filter((node) => node.type === "highlight").length };
  };

  it("renders 10,000 = in a row as text", () => {
    const html = render(`前${"=".repeat(10_000)}后`);
    expect(marks(html)).toEqual([]);
    expect(html).toContain("=".repeat(10_000));
  });

  it("a 1 MB line of openers that never close, or of = runs, stays within 2 ms per KB", () => {
    // Linear here is about 0.1 ms per KB; pairing each opener by a search ahead would take minutes.
    transform("==a ".repeat(25_000)); // warm up
    for (const text of ["==a ".repeat(256 * 1024), "===".repeat(350_000), "a== ".repeat(256 * 1024)]) {
      const { ms, highlights } = transform(text);
      expect(highlights).toBe(0);
      expect(ms).toBeLessThan(2 * (text.length / 1024));
    }
  });

  it("pairs every highlight of a 1 MB line", () => {
    expect(transform("==a== b ".repeat(131_072)).highlights).toBe(131_072);
  });

  it("a 1 MB answer is shown as plain text by the renderer's size budget", () => {
    expect(render("==a== b ".repeat(131_072))).toContain("data-markdown-plain");
  });
});
