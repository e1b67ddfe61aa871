import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

/** Messages for the dashboard's client components (the shared tier badge and relative times). */
export default function DashboardPageLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={["companies.justNow", "companies.prepEmpty", "companies.tierNone"]}>{children}</I18nScope>;
}
