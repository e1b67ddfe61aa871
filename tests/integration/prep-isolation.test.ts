import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Mastery, Tier } from "@/lib/generated/prisma/enums";
import { listBoard } from "@/lib/services/board";
import { getCompanyChecklist, listCompanySets } from "@/lib/services/prep";
import { bulkLinkByTier, linkSet, listSetCompanies, setSetCompanies, unlinkSet } from "@/lib/services/prep-links";
import { createTask, deleteTask, updateTask } from "@/lib/services/prep-tasks";
import { createSet, deleteSet, getSetHeader, listSets, renameSet, reorderSets } from "@/lib/services/questions";
import { createQuestion, deleteQuestion, getQuestion, listSetOrder, listSetQuestionPage, reorderQuestions, setMastery, setStars, updateQuestion } from "@/lib/services/questions-items";
import { searchQuestions } from "@/lib/services/search";

import { createTestUser } from "../helpers/users";

// Alice owns everything; Bob tries every service with Alice's ids and gets NOT_FOUND, and
// nothing of Alice's changes.
describe("two users: another user's ids are NOT_FOUND", () => {
  let alice: string;
  let bob: string;
  let setId: string;
  let questionId: string;
  let companyId: string;
  let bobCompany: string;
  let bobSet: string;
  let taskId: string;

  beforeAll(async () => {
    alice = (await createTestUser("Alice")).id;
    bob = (await createTestUser("Bob")).id;
    setId = (await createSet(alice, { title: "Alice 的 LLM" })).id;
    questionId = (await createQuestion(alice, { setId, title: "Alice 的秘密题目", answerMd: "秘密答案", stars: 1 })).id;
    companyId = (await db.company.create({ data: { userId: alice, name: "A公司", normalizedName: "a公司", tier: Tier.S }, select: { id: true } })).id;
    await linkSet(alice, { companyId, setId });
    taskId = (await createTask(alice, { companyId, title: "Alice 的事项", dueDate: null })).id;
    bobCompany = (await db.company.create({ data: { userId: bob, name: "B公司", normalizedName: "b公司", tier: Tier.S }, select: { id: true } })).id;
    bobSet = (await createSet(bob, { title: "Bob 的题集" })).id;
  });

  const notFound = { code: "NOT_FOUND" };

  it("sets", async () => {
    await expect(getSetHeader(bob, setId)).rejects.toMatchObject(notFound);
    await expect(renameSet(bob, { setId, title: "x" })).rejects.toMatchObject(notFound);
    await expect(reorderSets(bob, { ids: [setId, bobSet] })).rejects.toMatchObject(notFound);
    await expect(deleteSet(bob, setId)).rejects.toMatchObject(notFound);
    expect((await listSetQuestionPage(bob, setId)).questions).toEqual([]);
    expect(await listSetOrder(bob, setId)).toEqual([]);
    expect((await listSets(bob)).map((s) => s.title)).toEqual(["Bob 的题集"]);
  });

  it("questions", async () => {
    await expect(getQuestion(bob, questionId)).rejects.toMatchObject(notFound);
    await expect(createQuestion(bob, { setId, title: "插入", answerMd: "", stars: 0 })).rejects.toMatchObject(notFound);
    await expect(updateQuestion(bob, { questionId, title: "改", answerMd: "改", version: 1 })).rejects.toMatchObject(notFound);
    await expect(setStars(bob, { questionId, stars: 3 })).rejects.toMatchObject(notFound);
    await expect(setMastery(bob, { questionId, status: Mastery.KNOWN })).rejects.toMatchObject(notFound);
    await expect(reorderQuestions(bob, { setId, ids: [questionId] })).rejects.toMatchObject(notFound);
    await expect(deleteQuestion(bob, questionId)).rejects.toMatchObject(notFound);
    expect((await searchQuestions(bob, { q: "秘密", page: 1 })).total).toBe(0);
    expect((await searchQuestions(alice, { q: "秘密", page: 1 })).total).toBe(1);
  });

  it("links, tasks and checklists", async () => {
    await expect(getCompanyChecklist(bob, companyId, "zh")).rejects.toMatchObject(notFound);
    await expect(listCompanySets(bob, companyId)).rejects.toMatchObject(notFound);
    await expect(linkSet(bob, { companyId: bobCompany, setId })).rejects.toMatchObject(notFound);
    await expect(linkSet(bob, { companyId, setId: bobSet })).rejects.toMatchObject(notFound);
    await expect(unlinkSet(bob, { companyId, setId })).rejects.toMatchObject(notFound);
    await expect(setSetCompanies(bob, { setId: bobSet, companyIds: [companyId] })).rejects.toMatchObject(notFound);
    await expect(setSetCompanies(bob, { setId, companyIds: [] })).rejects.toMatchObject(notFound);
    await expect(bulkLinkByTier(bob, { setId, tiers: [Tier.S] })).rejects.toMatchObject(notFound);
    await expect(createTask(bob, { companyId, title: "x", dueDate: null })).rejects.toMatchObject(notFound);
    await expect(updateTask(bob, { taskId, done: true })).rejects.toMatchObject(notFound);
    await expect(deleteTask(bob, taskId)).rejects.toMatchObject(notFound);
    expect((await listSetCompanies(bob, setId)).map((c) => [c.name, c.linked])).toEqual([["B公司", false]]);
    expect((await listBoard(bob)).cards.map((card) => card.companyId)).not.toContain(companyId);
  });

  it("left Alice's data as it was", async () => {
    const question = await getQuestion(alice, questionId);
    expect(question).toMatchObject({ title: "Alice 的秘密题目", answerMd: "秘密答案", stars: 1, status: Mastery.NEW, version: 1 });
    expect((await getSetHeader(alice, setId)).title).toBe("Alice 的 LLM");
    expect(await db.companySet.count({ where: { setId } })).toBe(1);
    expect(await db.prepTask.findFirst({ where: { id: taskId }, select: { done: true } })).toEqual({ done: false });
    expect(await db.reviewCard.count({ where: { questionId } })).toBe(0);
    expect(await db.reviewLog.count({ where: { questionId } })).toBe(0);
  });
});
