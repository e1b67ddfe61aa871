// An answer's Markdown as the HTML of an Anki field: rendered like the bank renders it (GFM,
// math, ==highlight==), sanitized (GitHub's rules plus <u>), KaTeX `$…$` / `$$…$$` turned into the delimiters
// Anki's MathJax reads, `\(…\)` / `\[…\]`, and the user's images as <img src="file name">, the
// name Anki finds in its media folder. No I/O.
import type { Element, ElementContent, Root as THast, RootContent } from "hast";
import type { Root as TMdast } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { type Options as TSanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

import { remarkHighlight } from "@/lib/markdown/remark-highlight";
import { ANSWER_SANITIZE_SCHEMA } from "@/lib/markdown/sanitize-schema";

/** The bank's rules, but no id prefixes (footnotes keep working inside one card), no remote images, no styles. */
const ANKI_SANITIZE_SCHEMA: TSanitizeSchema = {
  ...ANSWER_SANITIZE_SCHEMA,
  clobberPrefix: "",
  attributes: { ...ANSWER_SANITIZE_SCHEMA.attributes, img: ["src", "alt", "width", "height"] },
  protocols: { ...ANSWER_SANITIZE_SCHEMA.protocols, src: [] },
};

/** `assets/1740404861907.png` (the notes' image folder) → `1740404861907.png`; null for anything else. */
export function ankiImageName(src: string): string | null {
  const match = /^(?:\.\/)?assets\/([^/?#\\]+)$/u.exec(src);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Math nodes become the text Anki typesets: `\(…\)` inline, `\[…\]` on their own. */
function mathToAnki() {
  return (tree: TMdast) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === "inlineMath") parent.children[index] = { type: "text", value: `\\(${node.value}\\)` };
      if (node.type === "math") parent.children[index] = { type: "paragraph", children: [{ type: "text", value: `\\[${node.value}\\]` }] };
    });
  };
}

/** Images of the user's notes keep only their file name; any other image becomes a link to it. */
function imagesToAnki() {
  return (tree: THast) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "img" || !parent || index === undefined) return;
      const src = String(node.properties.src ?? "");
      const name = ankiImageName(src);
      if (name) {
        node.properties.src = name;
        return;
      }
      const text: ElementContent = { type: "text", value: String(node.properties.alt ?? "") || src };
      parent.children[index] = /^https?:\/\//iu.test(src) ? { type: "element", tagName: "a", properties: { href: src }, children: [text] } : text;
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkHighlight)
  .use(mathToAnki)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(imagesToAnki)
  .use(rehypeSanitize, ANKI_SANITIZE_SCHEMA);

const VOID = new Set(["br", "hr", "img", "input", "wbr"]);
const escapeText = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/gu, "&quot;");

/** hast property names as HTML attribute names (the sanitizer keeps only a known few). */
function attributeName(name: string): string {
  if (name === "className") return "class";
  if (name === "htmlFor") return "for";
  return name.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);
}

function serialize(nodes: readonly (RootContent | ElementContent)[]): string {
  let html = "";
  for (const node of nodes) {
    if (node.type === "text") html += escapeText(node.value);
    if (node.type !== "element") continue;
    let open = `<${node.tagName}`;
    for (const [name, value] of Object.entries(node.properties)) {
      if (value === false || value === null || value === undefined) continue;
      const text = Array.isArray(value) ? value.join(" ") : value === true ? "" : String(value);
      open += ` ${attributeName(name)}="${escapeAttribute(text)}"`;
    }
    html += VOID.has(node.tagName) ? `${open}>` : `${open}>${serialize(node.children)}</${node.tagName}>`;
  }
  return html;
}

/** Text in which Markdown sees nothing but words: no syntax character, no list or heading start, no autolink. */
const PLAIN = /^(?! {4}|\t)(?![ \t]*(?:\d+[.)]|[-+*>=#]))[^\\`*_[\]<>$~|#!&:@=\r\n]*$/u;

/** The Markdown of an answer (or a title) as sanitized HTML for Anki. */
export function markdownToAnkiHtml(markdown: string): string {
  if (markdown.trim() === "") return "";
  // Most titles and many short answers are plain words: the same paragraph, without a parse.
  if (PLAIN.test(markdown) && !/www\./iu.test(markdown)) return `<p>${escapeText(markdown.trim())}</p>`;
  const tree = processor.runSync(processor.parse(markdown)) as THast;
  return serialize(tree.children).trim();
}
