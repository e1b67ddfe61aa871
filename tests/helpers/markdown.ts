// Renders the answer component to static HTML the way a page does on the server, inside the
// translations its client parts (image placeholders, the plain-text notice) read.
import { renderToStaticMarkup } from "react-dom/server";
import { jsx } from "react/jsx-runtime";

import { Markdown } from "@/components/markdown/markdown";
import { I18nProvider } from "@/lib/i18n/client";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";

export function renderMarkdown(source: string, locale: "zh" | "en" = "zh"): string {
  const children = jsx(Markdown, { source });
  return renderToStaticMarkup(jsx(I18nProvider, { locale, messages: locale === "zh" ? zh : en, children }));
}
