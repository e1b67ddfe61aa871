// A rehype step before highlight.js: code blocks past a size budget are marked `no-highlight`, so a
// huge block (or many) costs no more than showing it. Highlighting grammars are regular expressions
// whose time grows with the text; the rest of the answer still renders.
import type { Element, Root, RootContent } from "hast";

/** The longest code block highlighted, and all highlighted code of one text together (characters). */
const BLOCK_MAX = 20_000;
const TOTAL_MAX = 60_000;

function textLength(node: Element): number {
  let length = 0;
  for (const child of node.children) {
    if (child.type === "text") length += child.value.length;
    else if (child.type === "element") length += textLength(child);
  }
  return length;
}

export function rehypeCodeBudget() {
  return (tree: Root) => {
    let spent = 0;
    const visit = (node: Root | RootContent, parent: Root | Element | null) => {
      if (node.type === "element" && node.tagName === "code" && parent?.type === "element" && parent.tagName === "pre") {
        const length = textLength(node);
        if (length > BLOCK_MAX || spent + length > TOTAL_MAX) {
          const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
          node.properties.className = [...classes, "no-highlight"];
        } else spent += length;
        return;
      }
      if ("children" in node) for (const child of node.children) visit(child, node.type === "element" || node.type === "root" ? node : null);
    };
    visit(tree, null);
  };
}
