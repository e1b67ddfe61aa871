import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Mastery, Tier } from "@/lib/generated/prisma/enums";
import { listBoard } from "@/lib/services/board";
import { listCompanyTable } from "@/lib/services/companies-table";
import { getCompanyChecklist } from "@/lib/services/prep";
import { linkSet } from "@/lib/services/prep-links";
import { listPrepareNext } from "@/lib/services/prep-next";
import { createTask, deleteTask, startPrepTasks, updateTask } from "@/lib/services/prep-tasks";
import { createSet } from "@/lib/services/questions";
import { createQuestion, setMastery } from "@/lib/services/questions-items";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { parseOrThrow } from "@/lib/validation/issues";
import { ZUpdateTaskInput } from "@/lib/validation/prep";

import { createTestUser } from "../helpers/users";

// Prep progress is computed by the checklist (lib/prep/checklist.ts), by SQL for the board and
// the companies table (lib/services/companies-prep.ts) and from the rows prepare-next reads.
// On the same data they must agree.

const NOW = new Date("2026-06-01T08:00:00Z");

async function company(userId: string, name: string) {
  const { id } = await db.company.create({ data: { userId, name, normalizedName: name, tier: Tier.A }, select: { id: true } });
  const application = await db.application.create({ data: { userId, companyId: id }, select: { id: true } });
  await db.stageEvent.create({
    data: { userId, applicationId: application.id, position: 0, stage: "INTERVIEW", scheduledAt: new Date(NOW.getTime() + 86_400_000) },
  });
  return id;
}

describe("prep progress in the checklist, the board, the companies table and prepare-next", () => {
  let userId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    const shared = await createSet(userId, { title: "共享题集" });
    const other = await createSet(userId, { title: "另一个" });
    await createSet(userId, { title: "空题集" });
    const questions = [];
    for (const [setId, title, answerMd] of [
      [shared.id, "已掌握", "答"],
      [shared.id, "学习中", "答"],
      [shared.id, "待写", ""],
      [other.id, "另一题", "答"],
      [other.id, "另一题已掌握", "答"],
    ] as const) {
      questions.push((await createQuestion(userId, { setId, title, answerMd, stars: 0 })).id);
    }
    await setMastery(userId, { questionId: questions[0]!, status: Mastery.KNOWN });
    await setMastery(userId, { questionId: questions[1]!, status: Mastery.LEARNING });
    await setMastery(userId, { questionId: questions[4]!, status: Mastery.KNOWN });

    // Two sets and the starter tasks, two of them done.
    ids.both = await company(userId, "两个题集");
    await linkSet(userId, { companyId: ids.both, setId: shared.id });
    await linkSet(userId, { companyId: ids.both, setId: other.id });
    const starter = (await getCompanyChecklist(userId, ids.both, "zh", NOW)).checklist.tasks;
    await updateTask(userId, { taskId: starter[0]!.id, done: true }, NOW);
    await updateTask(userId, { taskId: starter[3]!.id, done: true }, NOW);
    // The shared set only; no tasks (all deleted).
    ids.shared = await company(userId, "共享");
    await linkSet(userId, { companyId: ids.shared, setId: shared.id });
    for (const task of (await getCompanyChecklist(userId, ids.shared, "zh", NOW)).checklist.tasks) await deleteTask(userId, task.id);
    // Tasks only, all done.
    ids.tasks = await company(userId, "只有事项");
    for (const task of (await getCompanyChecklist(userId, ids.tasks, "zh", NOW)).checklist.tasks) {
      await updateTask(userId, { taskId: task.id, done: true }, NOW);
    }
    // Nothing at all: its checklist was never opened.
    ids.none = await company(userId, "什么都没有");
  });

  it("gives the same done / total / percent everywhere", async () => {
    const board = await listBoard(userId, { tiers: [], q: "" }, NOW);
    const table = await listCompanyTable(userId, ZCompanyTableQuery.parse({}), { now: NOW });
    const next = await listPrepareNext(userId, NOW, 10);
    const expected = { both: [4, 9, 44], shared: [1, 3, 33], tasks: [4, 4, 100], none: [0, 0, 0] } as const;

    for (const [key, [done, total, percent]] of Object.entries(expected)) {
      const companyId = ids[key]!;
      if (key !== "none") {
        const { progress } = (await getCompanyChecklist(userId, companyId, "zh", NOW)).checklist;
        expect(progress, key).toMatchObject({ done, total, percent });
      }
      expect(board.cards.find((card) => card.companyId === companyId)?.prep, key).toEqual({ done, total, percent });
      expect(table.rows.find((row) => row.id === companyId)?.prep, key).toBe(total === 0 ? null : percent);
      const event = next.find((item) => item.companyId === companyId);
      expect(event?.progress ?? null, key).toEqual(total === 0 ? null : { done, total, percent });
    }
  });

  it("lists prepare-next's open items in study order, with how many more are open", async () => {
    const all = (await listPrepareNext(userId, NOW, 10)).find((event) => event.companyId === ids.both)!;
    expect(all.items.map((item) => item.title)).toEqual(["岗位要求对照", "准备自我介绍", "另一题", "学习中", "待写"]);
    expect(all.more).toBe(0);
    const few = (await listPrepareNext(userId, NOW, 10, 2)).find((event) => event.companyId === ids.both)!;
    expect(few.items.map((item) => item.title)).toEqual(["岗位要求对照", "准备自我介绍"]);
    expect(few.more).toBe(3);
    expect((await listPrepareNext(userId, NOW, 2)).map((event) => event.companyName)).toHaveLength(2);
  });

  it("puts ⭐ questions first (more stars first, written before placeholders), then tasks, then the rest", async () => {
    const { id: owner } = await createTestUser();
    const set = await createSet(owner, { title: "星标" });
    for (const [title, stars, answerMd] of [
      ["普通", 0, "答"],
      ["三星待写", 3, ""],
      ["一星", 1, "答"],
      ["待写", 0, ""],
      ["三星", 3, "答"],
    ] as const) {
      await createQuestion(owner, { setId: set.id, title, answerMd, stars });
    }
    const companyId = await company(owner, "星标公司");
    await linkSet(owner, { companyId, setId: set.id });
    const tasks = (await getCompanyChecklist(owner, companyId, "zh", NOW)).checklist.tasks.map((task) => task.title);
    const [event] = await listPrepareNext(owner, NOW, 1, 20);
    expect(event!.items.map((item) => item.title)).toEqual(["三星", "一星", "三星待写", ...tasks, "普通", "待写"]);
  });

  it("follows a change in all of them", async () => {
    const task = await createTask(userId, { companyId: ids.tasks!, title: "新事项", dueDate: null });
    const { progress } = (await getCompanyChecklist(userId, ids.tasks!, "zh", NOW)).checklist;
    expect(progress).toMatchObject({ done: 4, total: 5, percent: 80 });
    const card = (await listBoard(userId, { tiers: [], q: "" }, NOW)).cards.find((c) => c.companyId === ids.tasks);
    expect(card?.prep).toEqual({ done: 4, total: 5, percent: 80 });
    const next = (await listPrepareNext(userId, NOW, 10)).find((item) => item.companyId === ids.tasks);
    expect(next?.progress).toEqual({ done: 4, total: 5, percent: 80 });
    await deleteTask(userId, task.id);
  });
});

describe("starter tasks", () => {
  it("are added on the first open only, and deleting them all does not bring them back", async () => {
    const { id: userId } = await createTestUser();
    const companyId = await company(userId, "新公司");
    const first = await getCompanyChecklist(userId, companyId, "en", NOW);
    expect(first.checklist.tasks).toHaveLength(4);
    for (const task of first.checklist.tasks) await deleteTask(userId, task.id);
    expect((await getCompanyChecklist(userId, companyId, "en", NOW)).checklist.tasks).toEqual([]);
    expect(await startPrepTasks(userId, companyId, "en", NOW)).toBe(false);
    expect(await db.prepTask.count({ where: { companyId } })).toBe(0);
  });

  it("are not added to a company that already has tasks (restored or imported)", async () => {
    const { id: userId } = await createTestUser();
    const companyId = await company(userId, "恢复的公司");
    await db.prepTask.create({ data: { userId, companyId, title: "恢复的事项" } });
    expect((await getCompanyChecklist(userId, companyId, "zh", NOW)).checklist.tasks.map((t) => t.title)).toEqual(["恢复的事项"]);
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { prepStartedAt: true } })).toEqual({ prepStartedAt: NOW });
  });

  it("are added once when two first opens race", async () => {
    const { id: userId } = await createTestUser();
    const companyId = await company(userId, "并发");
    const results = await Promise.all([startPrepTasks(userId, companyId, "zh", NOW), startPrepTasks(userId, companyId, "zh", NOW)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.prepTask.count({ where: { companyId } })).toBe(4);
  });

  it("leave another user's company alone", async () => {
    const { id: owner } = await createTestUser();
    const { id: stranger } = await createTestUser();
    const companyId = await company(owner, "别人的");
    expect(await startPrepTasks(stranger, companyId, "zh", NOW)).toBe(false);
    expect(await db.prepTask.count({ where: { companyId } })).toBe(0);
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { prepStartedAt: true } })).toEqual({ prepStartedAt: null });
  });
});

describe("renaming a task", () => {
  it("changes the title, refuses an empty one, and is NOT_FOUND for another user", async () => {
    const { id: userId } = await createTestUser();
    const { id: stranger } = await createTestUser();
    const companyId = await company(userId, "改名");
    const { id: taskId } = await createTask(userId, { companyId, title: "旧标题", dueDate: null });
    // The boundary trims and refuses the title; the service writes what it was given.
    await updateTask(userId, parseOrThrow(ZUpdateTaskInput, { taskId, title: "  新标题 " }));
    expect(await db.prepTask.findUniqueOrThrow({ where: { id: taskId }, select: { title: true } })).toEqual({ title: "新标题" });
    expect(() => parseOrThrow(ZUpdateTaskInput, { taskId, title: "   " })).toThrow(expect.objectContaining({ code: "VALIDATION", messageKey: "prep.validation.taskTitleRequired" }));
    await expect(updateTask(stranger, { taskId, title: "抢" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.prepTask.findUniqueOrThrow({ where: { id: taskId }, select: { title: true } })).toEqual({ title: "新标题" });
  });
});
