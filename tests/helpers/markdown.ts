// Renders the answer component to static HTML the way a page does on the server, inside the
// translations its client parts (image placeholders, the plain-text notice) read.
import { renderToStaticMarkup } from "react-dom/server";
import { jsx } from "react/jsx-runtime";

import { Markdown } from "@/components/markdown/markdown";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { IntlRoot } from "@/lib/i18n/provider";

export function renderMarkdown(source: string, locale: "zh" | "en" = "zh"): string {
  const children = jsx(Markdown, { source });
  return renderToStaticMarkup(jsx(IntlRoot, { locale, timeZone: "Asia/Shanghai", now: new Date(), messages: getDictionary(locale), children }));
}
