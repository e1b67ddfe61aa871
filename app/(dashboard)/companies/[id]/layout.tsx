import type { ReactNode } from "react";

import { I18nScope } from "@/lib/i18n/scope";

const MESSAGES = ["prep", "encounters", "stages.round", "questions.mastery", "questions.masteryLabel", "questions.placeholder", "questions.starsLabel", "import.imageMissing", "import.externalImage", "import.externalImageHint", "import.markdownPlain"] as const;

/** The company page also shows its prep checklist (_components/prep) with question controls. */
export default function CompanyLayout({ children }: { children: ReactNode }) {
  return <I18nScope messages={MESSAGES}>{children}</I18nScope>;
}
