// Renders the answer component to static HTML the way a page does on the server, inside the
// translations its client parts (image placeholders, the plain-text notice) read.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

import { Markdown } from "@/components/markdown/markdown";
import { I18nProvider } from "@/lib/i18n/client";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";

export function renderMarkdown(source: string, locale: "zh" | "en" = "zh"): string {
  const messages = locale === "zh" ? zh : en;
  return renderToStaticMarkup(createElement(I18nProvider, { locale, messages }, createElement(Markdown, { source })));
}
