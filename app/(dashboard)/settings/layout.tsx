import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={["settings", "calendarFeed", "calendar.settings", "stages.stage", "reminders", "auth.passwordHint"]}>{children}</I18nScope>;
}
