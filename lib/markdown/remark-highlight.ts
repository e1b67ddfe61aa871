// Typora's `==highlight==` as <mark>: a remark step over the parsed tree, so code, math, raw HTML
// and link targets (none of them text nodes) are never touched. A pair may span inline markup of
// one paragraph (`==**key** point==`). Delimiters follow strikethrough's rule: exactly two `=`,
// the opening one followed and the closing one preceded by a non-space, so `a == b`, `==>` between
// spaces and `===》` stay as written. One pass over each text, pairs never nest: linear in the input.
import type { Nodes, Parent, PhrasingContent, Root, Text } from "mdast";

type THighlight = { type: "highlight"; children: PhrasingContent[]; data: { hName: "mark" } };

declare module "mdast" {
  // Module augmentation needs an interface: registers the node with every phrasing parent.
  interface PhrasingContentMap {
    highlight: THighlight;
  }
}

type TDelimiter = { kind: "delimiter"; open: boolean; close: boolean; partner: number };
type TToken = PhrasingContent | TDelimiter;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const isDelimiter = (token: TToken | undefined): token is TDelimiter => token !== undefined && "kind" in token;

/** A text split at its candidate `==` runs; `before`/`after` stand for the neighbouring nodes' edge. */
function splitText(node: Text, before: string | undefined, after: string | undefined, tokens: TToken[]) {
  const value = node.value;
  let from = 0;
  let search = 0;
  for (let at = value.indexOf("==", search); at !== -1; at = value.indexOf("==", search)) {
    let end = at;
    while (value[end] === "=") end += 1;
    search = end;
    // A longer run (`===》`, a row of `=`) stays text.
    if (end - at !== 2) continue;
    const prev = at > 0 ? value[at - 1] : before;
    const next = end < value.length ? value[end] : after;
    if (at > from) tokens.push({ type: "text", value: value.slice(from, at) });
    tokens.push({ kind: "delimiter", open: !isSpace(next), close: !isSpace(prev), partner: -1 });
    from = end;
  }
  if (from < value.length) tokens.push({ type: "text", value: value.slice(from) });
}

/** The edge character a node shows its text neighbour: any inline element counts as a non-space. */
function edgeOf(node: PhrasingContent | undefined, side: "start" | "end"): string | undefined {
  if (node === undefined) return undefined;
  if (node.type === "break") return "\n";
  if (node.type !== "text") return "x";
  return side === "start" ? node.value[0] : node.value[node.value.length - 1];
}

function highlightChildren(children: PhrasingContent[]): PhrasingContent[] {
  if (!children.some((child) => child.type === "text" && child.value.includes("=="))) return children;
  const tokens: TToken[] = [];
  children.forEach((child, index) => {
    if (child.type === "text") splitText(child, edgeOf(children[index - 1], "end"), edgeOf(children[index + 1], "start"), tokens);
    else tokens.push(child);
  });
  let pending = -1;
  tokens.forEach((token, index) => {
    if (!isDelimiter(token)) return;
    if (pending !== -1 && token.close) {
      (tokens[pending] as TDelimiter).partner = index;
      token.partner = pending;
      pending = -1;
    } else if (token.open) pending = index;
  });
  const out: PhrasingContent[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!isDelimiter(token)) out.push(token as PhrasingContent);
    else if (token.partner > index) {
      const inner = tokens.slice(index + 1, token.partner).map((t) => (isDelimiter(t) ? { type: "text" as const, value: "==" } : t));
      out.push({ type: "highlight", children: inner, data: { hName: "mark" } });
      index = token.partner;
    } else out.push({ type: "text", value: "==" });
  }
  return out;
}

function visit(node: Nodes) {
  if (!("children" in node)) return;
  const parent = node as Parent;
  for (const child of parent.children) visit(child);
  if (parent.children.some((child) => child.type === "text")) {
    (parent as { children: PhrasingContent[] }).children = highlightChildren(parent.children as PhrasingContent[]);
  }
}

export function remarkHighlight() {
  return (tree: Root) => visit(tree);
}
