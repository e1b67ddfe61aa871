import { describe, expect, it } from "vitest";

import { safeStyle } from "@/lib/markdown/sanitize-schema";

import { renderMarkdown as render } from "../helpers/markdown";

describe("answers are sanitized", () => {
  it("drops <script> with its content", () => {
    const html = render("前文\n\n<script>alert('x')</script>\n\n后文 <script>fetch('/steal')</script>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert(");
    expect(html).not.toContain("fetch(");
    expect(html).toContain("前文");
  });

  it("drops event handlers such as onerror", () => {
    const html = render('<img src="x.png" onerror="alert(1)"> <u onclick="alert(2)">下划线</u> <a href="https://a.test" onmouseover="alert(3)">a</a>');
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain("<u>下划线</u>");
  });

  it("drops javascript: URLs in Markdown and HTML links and images", () => {
    const html = render("[点我](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">b</a> <a href=\"java&#x09;script:alert(3)\">c</a> <img src=\"javascript:alert(4)\">");
    expect(html.toLowerCase()).not.toContain("javascript:");
    expect(html).not.toMatch(/href="java/i);
  });

  it("drops <iframe>, <object>, <embed>, <style> and <form>", () => {
    const html = render('<iframe src="https://evil.test"></iframe><object data="x"></object><embed src="x"><style>body{display:none}</style><form action="/x"><input name="a"></form>正文');
    expect(html).not.toMatch(/<(iframe|object|embed|style|form)\b/i);
    expect(html).not.toContain("display:none");
    expect(html).toContain("正文");
  });

  it("cuts styles down to sizes: a position:fixed overlay stays in the box", () => {
    const html = render('<img src="/api/assets/p.png" style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:9999"><div style="position:fixed;inset:0">遮罩</div>');
    expect(html).not.toMatch(/position|z-index|inset|top:|left:/i);
    expect(html).toContain('style="width:100vw"');
    expect(html).not.toMatch(/<div style/);
    expect(html).toContain("遮罩");
  });

  it("keeps only plain size values in a style", () => {
    expect(safeStyle("zoom:50%;")).toBe("zoom:50%");
    expect(safeStyle("width: 300px; position: fixed")).toBe("width:300px");
    expect(safeStyle("width: expression(alert(1))")).toBeUndefined();
    expect(safeStyle("width:url(javascript:alert(1))")).toBeUndefined();
    expect(safeStyle("background:url(https://evil.test)")).toBeUndefined();
  });
});

describe("what the notes use still renders", () => {
  it("renders <u> and an <img> with its zoom", () => {
    const html = render('1. <u>注意力</u>\n\n<img src="/api/assets/a.png" alt="图" style="zoom:50%;" />');
    expect(html).toContain("<u>注意力</u>");
    const img = /<img[^>]*>/.exec(html)?.[0] ?? "";
    expect(img).toContain('src="/api/assets/a.png"');
    expect(img).toContain('alt="图"');
    expect(img).toContain('style="zoom:50%"');
  });

  it("renders GFM tables", () => {
    const html = render("| 模型 | 参数 |\n| --- | --- |\n| BERT | 110M |\n| GPT-2 | 1.5B |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>模型</th>");
    expect(html).toContain("<td>1.5B</td>");
  });

  it("renders fenced code with highlighting, escaping HTML inside", () => {
    const html = render("```python\ndef attn(q, k):\n    return '<b>'\n```");
    expect(html).toContain('class="hljs language-python"');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain("&lt;b&gt;");
  });

  it("renders inline and display math with KaTeX", () => {
    const html = render("缩放 $\\sqrt{d_k}$：\n\n$$\n\\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n$$");
    expect(html).toContain('class="katex"');
    expect(html).toContain("katex-display");
    expect(html).toContain("<math");
    // KaTeX's own layout styles survive (the style filter runs before KaTeX).
    expect(html).toMatch(/class="vlist" style="height:/);
  });

  it("does not let math smuggle links or HTML", () => {
    const html = render("$\\href{javascript:alert(1)}{x}$ $\\htmlStyle{position:fixed}{y}$");
    // KaTeX (trust: false) shows the commands as red text; the source survives only as text.
    expect(html).not.toMatch(/href="\s*javascript/i);
    expect(html).not.toMatch(/style="[^"]*position/i);
    expect(html).toContain("\\href");
  });

  it("opens links in a new tab without an opener", () => {
    const html = render("[论文](https://arxiv.org/abs/1706.03762)");
    expect(html).toContain('href="https://arxiv.org/abs/1706.03762"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });
});
