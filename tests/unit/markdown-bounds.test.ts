import { describe, expect, it } from "vitest";

import { parseNotes } from "@/lib/notes";
import { ZUpdateCompany } from "@/lib/validation/companies";
import {
  MARKDOWN_MAX_DEPTH,
  MARKDOWN_RENDER_MAX_WEIGHT,
  markdownNestingDepth,
  markdownWeight,
} from "@/lib/validation/markdown-limits";
import { ZAnswerMd } from "@/lib/validation/questions";

import { renderMarkdown } from "../helpers/markdown";
import { realNotesText } from "../helpers/real-notes";

/** Renders and reports the time taken and the heap it left behind. */
function timedRender(source: string) {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const html = renderMarkdown(source);
  return { html, ms: performance.now() - start, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 };
}

const DEEP: Record<string, (levels: number) => string> = {
  lists: (n) => `${"- ".repeat(n)}x`,
  quotes: (n) => `${"> ".repeat(n)}x`,
  brackets: (n) => `${"[".repeat(n)}x${"]".repeat(n)}`,
  emphasis: (n) => `${"*_".repeat(n / 2)}x${"_*".repeat(n / 2)}`,
  "html elements": (n) => `${"<u>".repeat(n)}x`,
  "indented lists": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(2 * i)}- x`).join("\n"),
  "lists in a quote": (n) => Array.from({ length: n }, (_, i) => `> ${" ".repeat(2 * i)}- x`).join("\n"),
};

describe("nesting is measured in one pass", () => {
  it("counts every kind of nesting", () => {
    for (const [kind, make] of Object.entries(DEEP)) {
      expect({ kind, depth: markdownNestingDepth(make(100)) }).toEqual({ kind, depth: expect.any(Number) });
      expect(markdownNestingDepth(make(100)), kind).toBeGreaterThanOrEqual(100);
      expect(markdownNestingDepth(make(10)), kind).toBeLessThan(MARKDOWN_MAX_DEPTH);
    }
  });

  it("does not count what pairs up or sits inside words", () => {
    const text = "**重点**：`snake_case_name` 与 2**10，*强调*。\n\n- a\n  - b\n\n1. x[i][j] {a: {b: 1}}\n\n<u>下划线</u><br><img src=\"a.png\">";
    expect(markdownNestingDepth(text.repeat(200))).toBeLessThan(8);
  });
});

describe("rendering is bounded whatever is stored", () => {
  it("shows company notes of a 3,500-deep list (7 KB) as plain text, quickly and without a heap blow-up", () => {
    const { html, ms, heapMb } = timedRender(`${"- ".repeat(3500)}x`);
    expect(html).toContain("data-markdown-plain");
    expect(html).toContain("以纯文本显示");
    expect(ms).toBeLessThan(2000);
    expect(heapMb).toBeLessThan(200);
  });

  it("shows 100 KB answers with 50,000 levels of lists, quotes, brackets or emphasis as plain text", () => {
    for (const kind of ["lists", "quotes", "brackets", "emphasis", "html elements"]) {
      const source = DEEP[kind]!(50_000);
      const { html, ms } = timedRender(source);
      expect(html, kind).toContain("data-markdown-plain");
      expect(ms, kind).toBeLessThan(5 * Math.ceil(source.length / 1024) + 500);
    }
  });

  it("shows shallow but markup-dense text as plain text: 100 KB of emphasis, list items or table rows", () => {
    const dense = { emphasis: "*a* ".repeat(25_000), "unpaired strikethrough": "a~ ".repeat(34_000), "list items": "- item\n".repeat(14_000), "table rows": `|a|b|\n|-|-|\n${"|x|y|\n".repeat(16_000)}` };
    for (const [kind, source] of Object.entries(dense)) {
      expect(markdownNestingDepth(source), kind).toBeLessThanOrEqual(MARKDOWN_MAX_DEPTH);
      expect(markdownWeight(source), kind).toBeGreaterThan(MARKDOWN_RENDER_MAX_WEIGHT);
      const { html, ms } = timedRender(source);
      expect(html, kind).toContain("data-markdown-plain");
      expect(ms, kind).toBeLessThan(5 * Math.ceil(source.length / 1024) + 500);
    }
  });

  it("shows company notes of 20 KB of unpaired delimiters as plain text: their parse time grows with their square", () => {
    for (const run of ["a~ ", "a_ ", "a* ", "a] "]) {
      const source = run.repeat(6_666);
      expect(markdownWeight(source), run).toBeGreaterThan(MARKDOWN_RENDER_MAX_WEIGHT);
      expect(timedRender(source).html, run).toContain("data-markdown-plain");
    }
  });

  it("formats every answer of the real notes, each well under the markup budget", () => {
    const { sets } = parseNotes(realNotesText(), { year: 2026 });
    const answers = sets.flatMap((set) => set.questions.map((question) => question.answerMd));
    expect(answers.length).toBeGreaterThan(100);
    const heaviest = Math.max(0, ...answers.map(markdownWeight));
    expect(heaviest).toBeLessThan(MARKDOWN_RENDER_MAX_WEIGHT / 4);
    const longest = answers.reduce((a, b) => (b.length > a.length ? b : a), "");
    expect(renderMarkdown(longest)).not.toContain("data-markdown-plain");
  });

  it("escapes the plain text", () => {
    const html = renderMarkdown(`${"> ".repeat(100)}<script>alert(1)</script><img src=x onerror=alert(2)>`);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("formats text at the depth limit", () => {
    const html = renderMarkdown(`${"- ".repeat(MARKDOWN_MAX_DEPTH - 2)}**x**`);
    expect(html).not.toContain("data-markdown-plain");
    expect(html).toContain("<strong>x</strong>");
  });

  it("caps KaTeX's macro expansion and sizes", () => {
    const { html, ms } = timedRender("$\\def\\a{\\a\\a}\\a$\n\n$$\n\\rule{100000em}{100000em}\n$$");
    expect(ms).toBeLessThan(2000);
    expect(html).toContain("Too many expansions");
    expect(html).not.toMatch(/(?:style|width|height)="[^"]*100000em/);
    expect(html).toMatch(/style="[^"]*20em/);
    expect(html).not.toContain("data-markdown-plain");
  });

  it("does not highlight a huge code block, and still shows it", () => {
    const code = "x = [1, 2, 3]  # 注释\n".repeat(2_000);
    const html = renderMarkdown(`说明\n\n\`\`\`python\n${code}\`\`\`\n\n\`\`\`python\ndef f(): pass\n\`\`\``);
    expect(html).toContain('class="language-python no-highlight"');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html.match(/hljs-number/g) ?? []).toHaveLength(0);
  });
});

describe("images from other hosts load only when asked", () => {
  it("shows a placeholder naming the host instead of the image", () => {
    const html = renderMarkdown('![图](https://tracker.example/p.png) <img src="https://cdn.example/a.gif" alt="b">');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('data-remote-image="tracker.example"');
    expect(html).toContain('data-remote-image="cdn.example"');
    expect(html).toContain("加载外部图片");
    expect(renderMarkdown("![x](https://cdn.example/a.png)", "en")).toContain("Load external image");
  });

  it("treats every form a browser resolves to another host as remote", () => {
    for (const src of ["//evil.example/a.png", "\\\\evil.example/a.png", "/\\evil.example/a.png", "http://evil.example/a.png", " https://evil.example/a.png"]) {
      const html = renderMarkdown(`<img src="${src}">`);
      expect(html, src).not.toMatch(/<img[^>]*evil/);
    }
  });

  it("keeps the user's own images as they are", () => {
    const html = renderMarkdown('![a](assets/1740404861907.png) ![b](/api/assets/x.png) <img src="./assets/y.png">');
    expect(html).toContain('src="/api/assets/1740404861907.png"');
    expect(html).toContain('src="/api/assets/x.png"');
    expect(html).toContain('src="/api/assets/y.png"');
    expect(html).not.toContain("data-remote-image");
  });
});

describe("too deep Markdown is refused when saved and reported when imported", () => {
  const deep = `${"> ".repeat(MARKDOWN_MAX_DEPTH + 1)}x`;

  it("refuses a too deep answer or company notes with a translated message", () => {
    const answer = ZAnswerMd.safeParse(deep);
    expect(answer.success).toBe(false);
    expect(answer.error?.issues[0]?.message).toBe("questions.validation.answerTooDeep");
    expect(ZAnswerMd.safeParse(`${"> ".repeat(MARKDOWN_MAX_DEPTH - 1)}x`).success).toBe(true);
    const notes = ZUpdateCompany.safeParse({ id: "c1", version: 1, notes: `${"- ".repeat(3500)}x` });
    expect(notes.success).toBe(false);
    expect(notes.error?.issues[0]?.message).toBe("companies.validation.notesTooDeep");
  });

  it("keeps a too deep imported answer and warns with its line", () => {
    const parsed = parseNotes(`# 集合\n\n1. 第一题？\n\n    ${deep}\n\n2. 第二题？\n`, { year: 2025 });
    expect(parsed.sets[0]?.questions[0]?.answerMd).toBe(deep);
    expect(parsed.warnings).toEqual([
      { key: "warnings.answerTooDeep", params: { questionLine: 3, depth: expect.any(Number), max: MARKDOWN_MAX_DEPTH }, line: 3 },
    ]);
    expect(parsed.warnings[0]?.params.depth).toBeGreaterThan(MARKDOWN_MAX_DEPTH);
  });
});
