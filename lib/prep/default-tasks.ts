// The starter tasks every company's prep checklist begins with; their titles are in the
// dictionaries (prep.defaultTasks), written in the account's language when the list is created.
import type { TLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/dictionaries";

const DEFAULT_PREP_TASKS = ["business", "requirements", "selfIntro", "reverseQuestions"] as const;

/** The starter tasks as rows to insert: titles in `locale`, positions 0, 1, 2 … */
export function defaultPrepTasks(locale: TLocale): { title: string; position: number }[] {
  const t = translatorFor(locale);
  return DEFAULT_PREP_TASKS.map((key, position) => ({ title: t(`prep.defaultTasks.${key}`), position }));
}
