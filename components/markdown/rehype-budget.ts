// A rehype step before KaTeX and highlight.js: past a budget, formulas stay as their TeX source
// (inline code) and code blocks are not highlighted, so a huge answer costs little more than
// showing it. Both typesetters take time per formula / per character; the rest still renders.
import type { Element, Root, RootContent } from "hast";

/** Formulas typeset per text, and their TeX source together (characters). */
const MATH_MAX_COUNT = 400;
const MATH_MAX_LENGTH = 20_000;
/** The longest code block highlighted, and all highlighted code of one text together (characters). */
const CODE_BLOCK_MAX = 20_000;
const CODE_MAX_LENGTH = 60_000;

const MATH_CLASSES = new Set(["language-math", "math-inline", "math-display"]);

function textLength(node: Element): number {
  let length = 0;
  for (const child of node.children) {
    if (child.type === "text") length += child.value.length;
    else if (child.type === "element") length += textLength(child);
  }
  return length;
}

const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

export function rehypeBudget() {
  return (tree: Root) => {
    let formulas = 0;
    let math = 0;
    let code = 0;
    const visit = (node: Root | RootContent, parent: Root | Element | null) => {
      if (node.type === "element" && node.tagName === "code") {
        const classes = classesOf(node);
        const length = textLength(node);
        if (classes.some((c) => MATH_CLASSES.has(c))) {
          formulas += 1;
          math += length;
          if (formulas > MATH_MAX_COUNT || math > MATH_MAX_LENGTH) node.properties.className = classes.filter((c) => !MATH_CLASSES.has(c));
        } else if (parent?.type === "element" && parent.tagName === "pre") {
          if (length > CODE_BLOCK_MAX || code + length > CODE_MAX_LENGTH) node.properties.className = [...classes, "no-highlight"];
          else code += length;
        }
        return;
      }
      if ("children" in node) for (const child of node.children) visit(child, node.type === "element" || node.type === "root" ? node : null);
    };
    visit(tree, null);
  };
}
