import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

/** Messages for the companies table, its dialogs and the company page. */
export default function CompaniesLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={["companies"]}>{children}</I18nScope>;
}
