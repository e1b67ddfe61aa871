import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

const MESSAGES = [
  "board",
  "companies.actions",
  "companies.form",
  "companies.moves",
  "companies.justNow",
  "companies.noApplication",
  "companies.prepEmpty",
  "companies.tierFilter",
  "companies.tierNone",
  "companies.undo",
  "companies.undoChange.undone",
] as const;

/** Messages for the board's client components: columns, cards, the advance dialog, shared labels. */
export default function BoardLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={MESSAGES}>{children}</I18nScope>;
}
