import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

/** Messages for the question sets, questions and search (answers may show missing images). */
export default function QuestionsLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={["questions", "encounters", "import.imageMissing", "import.externalImage", "import.externalImageHint", "import.markdownPlain"]}>{children}</I18nScope>;
}
