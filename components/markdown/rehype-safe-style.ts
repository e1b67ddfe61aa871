// A rehype step after the sanitizer: filters every `style` attribute through safeStyle().
import type { Element, Root, RootContent } from "hast";

import { safeStyle } from "@/lib/markdown/sanitize-schema";

function clean(node: Root | RootContent) {
  if (node.type === "element") {
    const element: Element = node;
    const style = element.properties.style;
    if (style !== undefined) {
      const kept = typeof style === "string" ? safeStyle(style) : undefined;
      if (kept === undefined) delete element.properties.style;
      else element.properties.style = kept;
    }
  }
  if ("children" in node) node.children.forEach(clean);
}

export function rehypeSafeStyle() {
  return (tree: Root) => clean(tree);
}
