"use client";

// Text too deep or too long to hand to the Markdown parser: shown as written, escaped by React,
// under a short notice saying why it is not formatted.
import { useTranslations } from "next-intl";

export function PlainMarkdown({ source }: { source: string }) {
  const t = useTranslations();
  return (
    <div data-markdown-plain="">
      <p className="text-xs text-muted-foreground">{t("import.markdownPlain")}</p>
      <pre className="max-h-[32rem] overflow-auto text-sm whitespace-pre-wrap break-words">{source}</pre>
    </div>
  );
}
