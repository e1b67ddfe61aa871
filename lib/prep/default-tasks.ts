// The starter tasks every company's prep checklist begins with.

export type TPrepLocale = "zh" | "en";

export type TDefaultPrepTask = { key: string; zh: string; en: string };

export const DEFAULT_PREP_TASKS: readonly TDefaultPrepTask[] = [
  { key: "business", zh: "了解公司业务与使命", en: "Learn the company's business and mission" },
  { key: "requirements", zh: "岗位要求对照", en: "Match your experience against the role's requirements" },
  { key: "self-intro", zh: "准备自我介绍", en: "Prepare a self-introduction" },
  { key: "reverse-questions", zh: "准备反问", en: "Prepare questions to ask the interviewer" },
];

/** The starter tasks as rows to insert: titles in `locale`, positions 0, 1, 2 … */
export function defaultPrepTasks(locale: TPrepLocale): { title: string; position: number }[] {
  return DEFAULT_PREP_TASKS.map((task, position) => ({ title: task[locale], position }));
}
