import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

/** Messages for the import and restore panels, including the error messages and import warnings they show. */
export default function ImportLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={["import", "notes", "errors"]}>{children}</I18nScope>;
}
