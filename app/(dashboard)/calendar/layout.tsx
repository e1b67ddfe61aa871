import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

const MESSAGES = ["calendar", "stages.stage"] as const;

/** Messages for the calendar's client view: toolbar, views, event titles, clashes. */
export default function CalendarLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={MESSAGES}>{children}</I18nScope>;
}
