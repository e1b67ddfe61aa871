// Renders an answer's Markdown: GFM (tables, task lists), fenced code with highlighting, KaTeX
// math ($…$, $$…$$) and the notes' inline HTML (<u>, <img style>), all through the sanitizer.
// Order matters: raw HTML is parsed, sanitized and its styles cut down to sizes; only then do
// KaTeX (trust: false) and highlight.js add their own markup, KaTeX's layout styles included.
// No "use client": pages render it on the server; the editor's preview imports it lazily.
import "katex/dist/katex.min.css";
import "./markdown.css";

import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

import { cn } from "@/lib/utils";

import { AssetImage } from "./asset-image";
import { assetNameOf } from "./asset-name";
import { rehypeSafeStyle } from "./rehype-safe-style";
import { ANSWER_SANITIZE_SCHEMA } from "./sanitize-schema";

const remarkPlugins = [remarkGfm, remarkMath];
const rehypePlugins = [
  rehypeRaw,
  [rehypeSanitize, ANSWER_SANITIZE_SCHEMA],
  rehypeSafeStyle,
  [rehypeKatex, { throwOnError: false, trust: false, strict: "ignore" }],
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
    // User content from any host at any size: next/image cannot optimise it.
    // eslint-disable-next-line @next/next/no-img-element
    return <img {...domProps(props)} alt={props.alt ?? ""} loading="lazy" referrerPolicy="no-referrer" />;
  },
  table: (props) => (
    <div className="md-table">
      <table {...domProps(props)} />
    </div>
  ),
};

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={cn("markdown-body", className)}>
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins as never} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
