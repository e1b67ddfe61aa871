import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

const MESSAGES = ["review"] as const;

/** Messages for the review session's client side: rating buttons, keys, counts, undo. */
export default function ReviewLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={MESSAGES}>{children}</I18nScope>;
}
