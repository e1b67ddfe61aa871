import { describe, expect, it } from "vitest";
import { Mastery } from "@/lib/generated/prisma/enums";
import {
  ATTENTION_THRESHOLD_PERCENT,
  ATTENTION_WINDOW_DAYS,
  buildChecklist,
  checklistProgress,
  defaultPrepTasks,
  needsAttention,
  percentOf,
  sortChecklistQuestions,
  type TChecklistQuestion,
  type TChecklistSet,
  type TChecklistTask,
} from "@/lib/prep/checklist";

const q = (id: string, position: number, overrides: Partial<TChecklistQuestion> = {}): TChecklistQuestion => ({
  id,
  title: id,
  stars: 0,
  placeholder: false,
  position,
  status: null,
  ...overrides,
});
const task = (id: string, position: number, done = false): TChecklistTask => ({ id, title: id, done, position });
const set = (id: string, questions: TChecklistQuestion[], sortOrder?: number): TChecklistSet => ({
  id,
  title: id,
  questions,
  ...(sortOrder === undefined ? {} : { sortOrder }),
});

const NOW = new Date("2026-04-01T00:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY);

describe("question order within a set", () => {
  it("⭐ first (more stars first), then normal, placeholders last, stable by position", () => {
    const questions = [
      q("plain-3", 3),
      q("placeholder-1", 1, { placeholder: true }),
      q("one-star-5", 5, { stars: 1 }),
      q("plain-0", 0),
      q("three-stars-7", 7, { stars: 3 }),
      q("one-star-2", 2, { stars: 1 }),
      q("placeholder-starred-4", 4, { placeholder: true, stars: 2 }),
      q("placeholder-0", 0, { placeholder: true }),
    ];
    expect(sortChecklistQuestions(questions).map((question) => question.id)).toEqual([
      "three-stars-7",
      "one-star-2",
      "one-star-5",
      "plain-0",
      "plain-3",
      "placeholder-starred-4",
      "placeholder-0",
      "placeholder-1",
    ]);
  });

  it("keeps input order for equal position (numbering in notes repeats) and does not mutate", () => {
    const questions = [q("b", 13), q("a", 13), q("c", 12)];
    expect(sortChecklistQuestions(questions).map((question) => question.id)).toEqual(["c", "b", "a"]);
    expect(questions.map((question) => question.id)).toEqual(["b", "a", "c"]);
  });
});

describe("buildChecklist", () => {
  it("groups by set in sortOrder, orders questions and tasks, keeps extra fields", () => {
    const rag = set("rag", [q("r1", 0), q("r2", 1, { stars: 2, status: Mastery.KNOWN })], 2);
    const transformer = set("transformer", [q("t1", 0, { placeholder: true }), q("t2", 1, { status: Mastery.LEARNING })], 1);
    const tasks = [{ ...task("反问", 3), dueAt: null }, task("自我介绍", 1, true), task("业务", 0)];
    const checklist = buildChecklist({ sets: [rag, transformer], tasks });
    expect(checklist.groups.map((group) => [group.setId, group.questions.map((question) => question.id), group.known, group.total, group.percent])).toEqual([
      ["transformer", ["t2", "t1"], 0, 2, 0],
      ["rag", ["r2", "r1"], 1, 2, 50],
    ]);
    expect(checklist.tasks.map((t) => t.id)).toEqual(["业务", "自我介绍", "反问"]);
    expect(checklist.tasks[2]).toBe(tasks[0]);
    expect(checklist.progress).toEqual({ percent: 28, done: 2, total: 7, empty: false, questions: { known: 1, total: 4, placeholders: 1 }, tasks: { done: 1, total: 3 } });
  });

  it("keeps input order of sets without sortOrder and counts a set listed twice once", () => {
    const a = set("a", [q("a1", 0, { status: Mastery.KNOWN })]);
    const b = set("b", [q("b1", 0)]);
    const checklist = buildChecklist({ sets: [b, a, b], tasks: [] });
    expect(checklist.groups.map((group) => group.setId)).toEqual(["b", "a"]);
    expect(checklist.progress).toMatchObject({ done: 1, total: 2, percent: 50 });
  });

  it("an empty set has a 0% group and nothing to prepare overall", () => {
    const checklist = buildChecklist({ sets: [set("empty", [])], tasks: [] });
    expect(checklist.groups).toEqual([{ setId: "empty", title: "empty", questions: [], known: 0, total: 0, percent: 0 }]);
    expect(checklist.progress).toEqual({ percent: 0, done: 0, total: 0, empty: true, questions: { known: 0, total: 0, placeholders: 0 }, tasks: { done: 0, total: 0 } });
  });
});

describe("progress arithmetic", () => {
  it("(known questions + done tasks) / (questions + tasks), rounded down", () => {
    const sets = [set("s", [q("1", 0, { status: Mastery.KNOWN }), q("2", 1, { status: Mastery.KNOWN }), q("3", 2)])];
    expect(checklistProgress(sets, []).percent).toBe(66);
    expect(checklistProgress(sets, [task("t", 0, true)]).percent).toBe(75);
    expect(checklistProgress(sets, [task("t", 0)]).percent).toBe(50);
  });

  it("LEARNING and NEW and missing status do not count as known; placeholders count in the total", () => {
    const sets = [
      set("s", [
        q("1", 0, { status: Mastery.LEARNING }),
        q("2", 1, { status: Mastery.NEW }),
        q("3", 2, { status: undefined }),
        q("4", 3, { placeholder: true }),
      ]),
    ];
    expect(checklistProgress(sets, [])).toMatchObject({ percent: 0, done: 0, total: 4, empty: false });
  });

  it("reaches 100 only when everything is done", () => {
    const known = (n: number) => Array.from({ length: n }, (_, i) => q(`k${i}`, i, { status: Mastery.KNOWN }));
    expect(checklistProgress([set("s", [...known(199), q("open", 199)])], []).percent).toBe(99);
    expect(checklistProgress([set("s", known(3))], [task("t", 0, true)]).percent).toBe(100);
  });

  it("tasks alone give progress", () => {
    expect(checklistProgress([], [task("a", 0, true), task("b", 1)])).toMatchObject({ percent: 50, empty: false });
  });

  it("percentOf clamps and handles zero", () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(5, 4)).toBe(100);
    expect(percentOf(-1, 4)).toBe(0);
  });
});

describe("needsAttention", () => {
  it("is true with an interview within 7 days and progress under 60", () => {
    expect(needsAttention(59, inDays(3), NOW)).toBe(true);
    expect(needsAttention({ percent: 10 }, inDays(0), NOW)).toBe(true);
    expect(needsAttention(0, inDays(ATTENTION_WINDOW_DAYS), NOW)).toBe(true);
  });

  it("is false at 60 or more", () => {
    expect(needsAttention(ATTENTION_THRESHOLD_PERCENT, inDays(1), NOW)).toBe(false);
    expect(needsAttention(100, inDays(1), NOW)).toBe(false);
  });

  it("is false with no interview, a past one, or one more than 7 days away", () => {
    expect(needsAttention(0, null, NOW)).toBe(false);
    expect(needsAttention(0, undefined, NOW)).toBe(false);
    expect(needsAttention(0, new Date(NOW.getTime() - 1), NOW)).toBe(false);
    expect(needsAttention(0, new Date(inDays(7).getTime() + 1), NOW)).toBe(false);
    expect(needsAttention(0, new Date("invalid"), NOW)).toBe(false);
  });

  it("an empty checklist (nothing to prepare) before an interview needs attention", () => {
    expect(needsAttention(checklistProgress([], []), inDays(2), NOW)).toBe(true);
  });
});

describe("default prep tasks", () => {
  it("are the four starter tasks in zh and en", () => {
    expect(defaultPrepTasks("zh")).toEqual([
      { title: "了解公司业务与使命", position: 0 },
      { title: "岗位要求对照", position: 1 },
      { title: "准备自我介绍", position: 2 },
      { title: "准备反问", position: 3 },
    ]);
    expect(defaultPrepTasks("en").map((t) => t.title)).toEqual([
      "Learn the company's business and mission",
      "Match your experience against the role's requirements",
      "Prepare a self-introduction",
      "Prepare questions to ask the interviewer",
    ]);
  });
});
