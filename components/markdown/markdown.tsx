// Renders an answer's Markdown: GFM (tables, task lists), fenced code with highlighting, KaTeX
// math ($…$, $$…$$), Typora's ==highlight== and the notes' inline HTML (<u>, <img style>), all through the sanitizer.
// Order matters: raw HTML is parsed, sanitized and its styles cut down to sizes; only then do
// KaTeX (trust: false) and highlight.js add their own markup, KaTeX's layout styles included.
// Bounded whatever is stored: text nesting deeper than MARKDOWN_MAX_DEPTH (one linear scan) or
// longer than MARKDOWN_RENDER_MAX_LENGTH or with more markup than MARKDOWN_RENDER_MAX_WEIGHT is
// shown as plain text instead of being parsed; KaTeX's
// expansion and sizes are capped; past a budget, formulas stay TeX and code is not highlighted.
// No "use client": pages render it on the server; the editor's preview imports it lazily.
import "katex/dist/katex.min.css";
import "./markdown.css";

import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

import { cn } from "@/lib/utils";
import {
  MARKDOWN_MAX_DEPTH,
  MARKDOWN_RENDER_MAX_LENGTH,
  MARKDOWN_RENDER_MAX_WEIGHT,
  markdownNestingDepth,
  markdownWeight,
} from "@/lib/validation/markdown-limits";
import { remarkHighlight } from "@/lib/markdown/remark-highlight";
import { ANSWER_SANITIZE_SCHEMA } from "@/lib/markdown/sanitize-schema";

import { AssetImage } from "./asset-image";
import { assetNameOf, remoteHostOf } from "./image-source";
import { PlainMarkdown } from "./plain-markdown";
import { rehypeBudget } from "./rehype-budget";
import { RemoteImage } from "./remote-image";
import { rehypeSafeStyle } from "./rehype-safe-style";

const remarkPlugins = [remarkGfm, remarkMath, remarkHighlight];
const rehypePlugins = [
  rehypeRaw,
  [rehypeSanitize, ANSWER_SANITIZE_SCHEMA],
  rehypeSafeStyle,
  rehypeBudget,
  // maxExpand: macro expansions per formula (\def loops); maxSize: the largest \rule or \kern, in em.
  [rehypeKatex, { throwOnError: false, trust: false, strict: "ignore", maxExpand: 200, maxSize: 20 }],
  [rehypeHighlight, { detect: false, ignoreMissing: true }],
] as const;

/** react-markdown hands each component its hast `node`; it must not reach the DOM. */
function domProps<P extends { node?: unknown }>(props: P): Omit<P, "node"> {
  const rest = { ...props };
  delete rest.node;
  return rest;
}

const components: Components = {
  a: (props) => <a {...domProps(props)} target="_blank" rel="noopener noreferrer nofollow" />,
  img: (props) => {
    const asset = assetNameOf(props.src);
    if (asset) return <AssetImage {...domProps(props)} name={asset} />;
    const src = typeof props.src === "string" ? props.src : "";
    const host = remoteHostOf(src);
    if (host) return <RemoteImage {...domProps(props)} src={src} host={host} />;
    // This app's own path (/api/assets/…): user content at any size, which next/image cannot optimise.
    // eslint-disable-next-line @next/next/no-img-element
    return <img {...domProps(props)} alt={props.alt ?? ""} loading="lazy" referrerPolicy="no-referrer" />;
  },
  table: (props) => (
    <div className="md-table">
      <table {...domProps(props)} />
    </div>
  ),
};

/** The Markdown pipeline's output, or null when it fails (the pre-check is an estimate; this is the net). */
function formatted(source: string): ReactNode {
  if (source.length > MARKDOWN_RENDER_MAX_LENGTH || markdownWeight(source) > MARKDOWN_RENDER_MAX_WEIGHT) return null;
  if (markdownNestingDepth(source) > MARKDOWN_MAX_DEPTH) return null;
  try {
    // Called, not mounted, so that a failure (a stack overflow deep in a plugin) is caught here.
    return ReactMarkdown({ children: source, remarkPlugins, rehypePlugins: rehypePlugins as never, components });
  } catch (error) {
    console.error("[offerboard] Markdown shown as plain text after the renderer failed", error);
    return null;
  }
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={cn("markdown-body", className)}>{formatted(source) ?? <PlainMarkdown source={source} />}</div>;
}
