import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

/** Messages for the dashboard's client components (the shared tier badge, relative times and 需要更新 with its undo toast). */
export default function DashboardPageLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={["companies.justNow", "companies.prepEmpty", "companies.tierNone", "companies.undo", "companies.undoChange", "dashboard.overdue"]}>{children}</I18nScope>;
}
