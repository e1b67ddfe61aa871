import { describe, expect, it } from "vitest";

import { ankiImageName, markdownToAnkiHtml } from "@/lib/anki/answer-html";
import { ankiField, ankiHeader, ankiNoteLine, ankiTag, imageNamesIn } from "@/lib/anki/notes-file";

describe("Anki notes file", () => {
  it("starts with Anki's import headers, the GUID in column 1 and tags in column 4", () => {
    expect(ankiHeader("Offerboard::LLM 基础")).toBe("#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n#deck:Offerboard::LLM 基础\n");
    expect(ankiHeader("a\tb\nc")).toContain("#deck:a b c\n");
  });

  it("quotes a field holding a tab, a line break or a quote, doubling its quotes", () => {
    expect(ankiField("plain <b>html</b>")).toBe("plain <b>html</b>");
    expect(ankiField('a\tb')).toBe('"a\tb"');
    expect(ankiField('<pre><code>x\ny</code></pre>')).toBe('"<pre><code>x\ny</code></pre>"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
  });

  it("makes tags without spaces, nested with ::, and one line per note with the id as GUID", () => {
    expect(ankiTag("字节跳动", "二面")).toBe("字节跳动::二面");
    expect(ankiTag("Mini Max", "")).toBe("Mini_Max");
    expect(ankiTag("a::b", "HR 面")).toBe("a:b::HR_面");
    const line = ankiNoteLine({ guid: "q1", front: "自注意力", back: "<p>a\tb</p>", tags: ["LLM", "字节跳动::二面", "LLM"] });
    expect(line).toBe('q1\t自注意力\t"<p>a\tb</p>"\tLLM 字节跳动::二面\n');
  });
});

describe("answers as Anki HTML", () => {
  it("turns KaTeX $…$ and $$…$$ into \\(…\\) and \\[…\\], escaping what HTML needs", () => {
    expect(markdownToAnkiHtml("注意力 $QK^T/\\sqrt{d}$ 结束")).toBe("<p>注意力 \\(QK^T/\\sqrt{d}\\) 结束</p>");
    expect(markdownToAnkiHtml("$$\na < b\n$$")).toBe("<p>\\[a &lt; b\\]</p>");
    // Inside code, dollars are code.
    expect(markdownToAnkiHtml("`$x$`")).toBe("<p><code>$x$</code></p>");
  });

  it("gives plain words the paragraph a parse would, and nothing for an empty answer", () => {
    for (const text of ["讲一下 LoRA 的原理？", "  a, b (c) 'd' \"e\" ", "1+1=2 吗", "x.y / z; 100%"]) {
      expect(markdownToAnkiHtml(text)).toBe(`<p>${text.trim().replaceAll("&", "&amp;")}</p>`);
    }
    expect(markdownToAnkiHtml("1. 列表")).toBe("<ol>\n<li>列表</li>\n</ol>");
    expect(markdownToAnkiHtml("- 列表")).toBe("<ul>\n<li>列表</li>\n</ul>");
    expect(markdownToAnkiHtml("    缩进即代码")).toBe("<pre><code>缩进即代码\n</code></pre>");
    expect(markdownToAnkiHtml("a & b")).toBe("<p>a &amp; b</p>");
    expect(markdownToAnkiHtml("见 www.example.com")).toBe('<p>见 <a href="http://www.example.com">www.example.com</a></p>');
    expect(markdownToAnkiHtml(" \n ")).toBe("");
  });

  it("renders Markdown like the bank (tables, code, <u>) and sanitizes it", () => {
    expect(markdownToAnkiHtml("**粗** <u>下划线</u>")).toBe("<p><strong>粗</strong> <u>下划线</u></p>");
    expect(markdownToAnkiHtml("记住 ==重点== 即可")).toBe("<p>记住 <mark>重点</mark> 即可</p>");
    expect(markdownToAnkiHtml("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
    expect(markdownToAnkiHtml("```py\nprint(1)\n```")).toBe('<pre><code class="language-py">print(1)\n</code></pre>');
    const hostile = markdownToAnkiHtml('<script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a><p onclick="y">t</p>');
    expect(hostile).not.toMatch(/script|onerror|onclick|javascript/u);
  });

  it("keeps the user's images as file names for Anki's media folder and turns remote ones into links", () => {
    expect(markdownToAnkiHtml("![图](assets/1740404861907.png)")).toBe('<p><img src="1740404861907.png" alt="图"></p>');
    expect(markdownToAnkiHtml('<img src="./assets/a%20b.png" style="zoom:50%">')).toBe('<img src="a b.png">');
    expect(markdownToAnkiHtml("![远程](https://example.com/x.png)")).toBe('<p><a href="https://example.com/x.png">远程</a></p>');
    expect(ankiImageName("assets/../etc/passwd")).toBeNull();
    // Whatever attribute comes first, the image's file goes into the media folder.
    expect(imageNamesIn(markdownToAnkiHtml('<img alt="图" width="80" src="assets/b.png">'))).toEqual(["b.png"]);
  });
});
