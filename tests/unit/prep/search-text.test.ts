import { describe, expect, it } from "vitest";

import { escapeLike, highlightParts, markdownToPlain, plainSnippet } from "@/lib/search/text";

describe("question search text helpers", () => {
  it("escapes LIKE wildcards so they match themselves", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(escapeLike("自注意力")).toBe("自注意力");
  });

  it("marks every case-insensitive match, Chinese included", () => {
    expect(highlightParts("多头自注意力与自注意力", "自注意力")).toEqual([
      { text: "多头", match: false },
      { text: "自注意力", match: true },
      { text: "与", match: false },
      { text: "自注意力", match: true },
    ]);
    expect(highlightParts("RAG and rag", "Rag").filter((part) => part.match).map((part) => part.text)).toEqual(["RAG", "rag"]);
    expect(highlightParts("无匹配", "x")).toEqual([{ text: "无匹配", match: false }]);
    expect(highlightParts("abc", "")).toEqual([{ text: "abc", match: false }]);
  });

  it("turns Markdown and inline HTML into the plain text a reader sees", () => {
    expect(markdownToPlain("## 标题\n\n- **粗体**与*斜体*\n- [链接](https://x.test) ![图](a.png)\n\n> 引用 `code`")).toBe(
      "标题 粗体与斜体 链接 图 引用 code",
    );
    expect(markdownToPlain("| 模型 | 参数量 |\n| --- | :---: |\n| GPT-3 | 175B |")).toBe("模型 参数量 GPT-3 175B");
    expect(markdownToPlain("```python\nprint(1)\n```\n公式 $\\sqrt{d_k}$ 与 $$x$$")).toBe("print(1) 公式 \\sqrt{d_k} 与 x");
    expect(markdownToPlain('<div class="a"><b>加粗</b>文字</div><!-- 注释 --> a &lt; b &amp; c')).toBe("加粗文字 a < b & c");
    expect(markdownToPlain("snake_case 与 __init__ 保留，1. 列表")).toBe("snake_case 与 __init__ 保留，1. 列表");
    // A tag cut off at the end of a window.
    expect(markdownToPlain('正文 <img src="x" onerr')).toBe("正文");
    // ==highlight== loses its marks; arrows, comparisons and code keep theirs.
    expect(markdownToPlain("建模(==关注序列内部的关系==) ==a== A ==> B，a == b，WordPiece ===》 BPE `x==y==z`")).toBe(
      "建模(关注序列内部的关系) a A ==> B，a == b，WordPiece ===》 BPE x==y==z",
    );
  });

  it("keeps code as written: operators, pipes, tags and dollars inside spans and fenced blocks", () => {
    expect(markdownToPlain("**开方**：`x ** 0.5` 或 ``a | `b` `` 与 *强调*")).toBe("开方：x ** 0.5 或 a | `b` 与 强调");
    expect(markdownToPlain("```python\nnorm = (x ** 2).sum() ** 0.5  # <div> $5 & [a](b)\n```\n之后 **粗体**")).toBe(
      "norm = (x ** 2).sum() ** 0.5 # <div> $5 & [a](b) 之后 粗体",
    );
    // A window that ends inside a fenced block or a code span.
    expect(markdownToPlain("前文\n~~~\ny = a | b ** 2")).toBe("前文 y = a | b ** 2");
    expect(markdownToPlain("前文 `x ** 2")).toBe("前文 x 2");
  });

  it("cuts a plain snippet around the first match and says what was left out", () => {
    const options = { from: 1, more: false, length: 10, before: 3 };
    expect(plainSnippet("**零一二三四五六七八九**十", "七", options)).toEqual({ text: "四五六七八九十", start: true, end: false });
    expect(plainSnippet("# 零一二三四五六七八九十一", "x", options)).toEqual({ text: "零一二三四五六七八九", start: false, end: true });
    // A window starting mid-answer, inside a tag's attributes and a link's target.
    expect(plainSnippet('x" onerror="alert(1)">正文', "正文", { ...options, from: 50 })).toEqual({ text: "正文", start: true, end: false });
    expect(plainSnippet("文字](https://x.test) 之后", "之后", { ...options, from: 50, more: true })).toEqual({ text: "文字 之后", start: true, end: true });
  });
});

describe("snippet text in time linear in the window", () => {
  const fastest = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      markdownToPlain(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it("takes about four times the time for four times the blank lines, not sixteen", () => {
    const make = (n: number) => `\`${"\n".repeat(n)}x`;
    fastest(make(2_000));
    const ratio = fastest(make(8_000)) / Math.max(0.5, fastest(make(2_000)));
    expect(ratio).toBeLessThan(8);
    expect(markdownToPlain(`a\n\n\n|---|---|\n\n---\n\nb`)).toBe("a b");
  });
});
