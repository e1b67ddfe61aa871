// A company's prep checklist: the questions of its linked sets plus its own tasks, in study
// order, with progress. Pure: the service loads the rows, this decides order and arithmetic.
//
// Order: sets by sortOrder (ties and missing sortOrder keep input order; a set listed twice
// counts once). Within a set: ⭐ questions first (more stars first), then normal ones,
// placeholders (still to write) last whatever their stars; ties by position, then input order.
// Tasks by position (ties keep input order).
//
// Progress = (KNOWN questions + done tasks) / (all questions, placeholders included, + all tasks),
// as an integer percentage rounded down, so 100 means everything is done and 199/200 is 99.
// With nothing to prepare it is 0 and `empty` is true.

import { Mastery } from "@/lib/generated/prisma/enums";

export { defaultPrepTasks } from "@/lib/prep/default-tasks";

export type TChecklistQuestion = {
  id: string;
  title: string;
  stars: number;
  placeholder: boolean;
  position: number;
  /** The mastery its review card shows (lib/services/mastery-sql); null or missing = no card = NEW. */
  status?: Mastery | null;
};

export type TChecklistSet<Q extends TChecklistQuestion = TChecklistQuestion> = {
  id: string;
  title: string;
  sortOrder?: number;
  questions: readonly Q[];
};

export type TChecklistTask = {
  id: string;
  title: string;
  done: boolean;
  position: number;
  dueAt?: Date | null;
  doneAt?: Date | null;
};

export type TChecklistProgress = {
  /** 0–100, rounded down. */
  percent: number;
  done: number;
  total: number;
  /** Nothing to prepare: no questions and no tasks. */
  empty: boolean;
  questions: { known: number; total: number; placeholders: number };
  tasks: { done: number; total: number };
};

type TChecklistGroup<Q extends TChecklistQuestion = TChecklistQuestion> = {
  setId: string;
  title: string;
  questions: Q[];
  known: number;
  total: number;
  percent: number;
};

type TChecklist<Q extends TChecklistQuestion, T extends TChecklistTask> = {
  groups: TChecklistGroup<Q>[];
  tasks: T[];
  progress: TChecklistProgress;
};

export const ATTENTION_WINDOW_DAYS = 7;
export const ATTENTION_THRESHOLD_PERCENT = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** done / total as an integer percentage rounded down, within 0–100; 0 when total is 0. */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((done * 100) / total)));
}

function isKnown(question: Pick<TChecklistQuestion, "status">): boolean {
  return question.status === Mastery.KNOWN;
}

/** Sort order within a set: non-placeholders first, then more stars first, then position. */
function compareChecklistQuestions(
  a: Pick<TChecklistQuestion, "placeholder" | "stars" | "position">,
  b: Pick<TChecklistQuestion, "placeholder" | "stars" | "position">,
): number {
  if (a.placeholder !== b.placeholder) return a.placeholder ? 1 : -1;
  return b.stars - a.stars || a.position - b.position;
}

function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compare(a.item, b.item) || a.index - b.index)
    .map(({ item }) => item);
}

export function sortChecklistQuestions<Q extends TChecklistQuestion>(questions: readonly Q[]): Q[] {
  return stableSort(questions, compareChecklistQuestions);
}

function sortPrepTasks<T extends Pick<TChecklistTask, "position">>(tasks: readonly T[]): T[] {
  return stableSort(tasks, (a, b) => a.position - b.position);
}

function uniqueSets<S extends { id: string }>(sets: readonly S[]): S[] {
  const seen = new Set<string>();
  return sets.filter((set) => (seen.has(set.id) ? false : (seen.add(set.id), true)));
}

/** Progress over the given sets and tasks (see the header for the formula and rounding). */
export function checklistProgress(
  sets: readonly TChecklistSet[],
  tasks: readonly Pick<TChecklistTask, "done">[],
): TChecklistProgress {
  const questions = uniqueSets(sets).flatMap((set) => set.questions);
  const known = questions.filter(isKnown).length;
  const placeholders = questions.filter((question) => question.placeholder).length;
  const tasksDone = tasks.filter((task) => task.done).length;
  const done = known + tasksDone;
  const total = questions.length + tasks.length;
  return {
    percent: percentOf(done, total),
    done,
    total,
    empty: total === 0,
    questions: { known, total: questions.length, placeholders },
    tasks: { done: tasksDone, total: tasks.length },
  };
}

/** Groups by set in study order, the tasks in order, and overall progress. */
export function buildChecklist<Q extends TChecklistQuestion, T extends TChecklistTask>(input: {
  sets: readonly TChecklistSet<Q>[];
  tasks: readonly T[];
}): TChecklist<Q, T> {
  const sets = stableSort(uniqueSets(input.sets), (a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
  const groups = sets.map((set) => {
    const known = set.questions.filter(isKnown).length;
    return {
      setId: set.id,
      title: set.title,
      questions: sortChecklistQuestions(set.questions),
      known,
      total: set.questions.length,
      percent: percentOf(known, set.questions.length),
    };
  });
  return { groups, tasks: sortPrepTasks(input.tasks), progress: checklistProgress(sets, input.tasks) };
}

/**
 * True when an interview is within the next 7 days (now ≤ nextInterviewAt ≤ now + 7 × 24 h)
 * and progress is below 60%. An empty checklist counts as 0%, so it needs attention too.
 */
export function needsAttention(
  progress: number | Pick<TChecklistProgress, "percent">,
  nextInterviewAt: Date | null | undefined,
  now: Date,
): boolean {
  if (!nextInterviewAt) return false;
  const until = nextInterviewAt.getTime() - now.getTime();
  if (Number.isNaN(until) || until < 0 || until > ATTENTION_WINDOW_DAYS * DAY_MS) return false;
  const percent = typeof progress === "number" ? progress : progress.percent;
  return percent < ATTENTION_THRESHOLD_PERCENT;
}
