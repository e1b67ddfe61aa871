import { Readable } from "node:stream";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { exportBackup } from "@/lib/services/export-backup";
import { restoreBackup } from "@/lib/services/restore";
import {
  deleteEncounter,
  getQuestionAsked,
  listAskedSteps,
  listCompanyEncounters,
  MIANJING_SET_TITLE,
  recordEncounters,
  undoEncounters,
} from "@/lib/services/encounters";
import { listAskedCompanies, listDuplicateSuggestions, listHotQuestions, mergeQuestions } from "@/lib/services/encounters-hot";
import { createSet } from "@/lib/services/questions";
import { createQuestion } from "@/lib/services/questions-items";
import { createTestUser } from "@/tests/helpers/users";

import { companyWithInterview, input, TZ } from "./encounter-helpers";

const notFound = { code: "NOT_FOUND" };

describe("logging the questions asked at an interview", () => {
  let user: string;
  let setId: string;
  let lora: string;
  let rag: string;

  beforeAll(async () => {
    user = (await createTestUser()).id;
    setId = (await createSet(user, { title: "LLM" })).id;
    lora = (await createQuestion(user, { setId, title: "LoRA 的原理", answerMd: "低秩分解", stars: 0 })).id;
    rag = (await createQuestion(user, { setId, title: "RAG 的流程", answerMd: "检索再生成", stars: 1 })).id;
  });

  it("records picked and typed questions in order, at the step's time and round, in one go", async () => {
    const { companyId, eventId } = await companyWithInterview(user, "字节跳动");
    const recorded = await recordEncounters(user, input(companyId, eventId, [
      { questionId: lora, answeredWell: true },
      { title: "  手撕：反转链表 ", answeredWell: false },
      { questionId: rag, answeredWell: true },
      { questionId: lora, answeredWell: false },
    ]), TZ);
    expect(recorded.encounterIds).toHaveLength(3);
    expect(recorded.questionIds).toHaveLength(1);
    expect(recorded).toMatchObject({ round: "二面", askedAt: new Date("2026-03-12T06:00:00Z") });

    const typed = await db.question.findUniqueOrThrow({ where: { id: recorded.questionIds[0] }, select: { title: true, placeholder: true, set: { select: { title: true } } } });
    expect(typed).toEqual({ title: "手撕：反转链表", placeholder: true, set: { title: MIANJING_SET_TITLE } });

    const [interview] = await listCompanyEncounters(user, companyId);
    expect(interview?.round).toBe("二面");
    expect(interview?.questions.map((q) => [q.title, q.answeredWell])).toEqual([
      ["LoRA 的原理", false],
      ["手撕：反转链表", false],
      ["RAG 的流程", true],
    ]);
    // Answered badly: LoRA's card is rated Again at the logging's time, so it is due the next
    // day; the typed question has no answer yet, so no card; RAG, answered well, is not rated.
    const cards = await db.reviewCard.findMany({ where: { userId: user }, select: { questionId: true, due: true } });
    expect(cards.map((card) => card.questionId)).toEqual([lora]);
    const days = (cards[0]!.due.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0.5);
    expect(days).toBeLessThan(2);
    expect(await db.reviewLog.findMany({ where: { userId: user }, select: { questionId: true, rating: true, source: true } })).toEqual([{ questionId: lora, rating: 1, source: "ENCOUNTER" }]);

    // A second logging of the same interview comes after the first; 面经 is reused.
    await recordEncounters(user, input(companyId, eventId, [{ title: "自我介绍", answeredWell: true }]), TZ);
    const [again] = await listCompanyEncounters(user, companyId);
    expect(again?.questions.map((q) => q.title)).toEqual(["LoRA 的原理", "手撕：反转链表", "RAG 的流程", "自我介绍"]);
    expect(await db.questionSet.count({ where: { userId: user, title: MIANJING_SET_TITLE } })).toBe(1);
    expect((await listAskedSteps(user, companyId)).map((step) => step.id)).toEqual([eventId]);
  });

  it("without a step takes the day in the user's zone and the round typed; typed questions go to the chosen set", async () => {
    const { companyId } = await companyWithInterview(user, "美团");
    const recorded = await recordEncounters(user, input(companyId, null, [{ title: "讲讲 KV cache", answeredWell: true }], { day: "2026-04-01", round: "一面", setId }), TZ);
    expect(recorded).toMatchObject({ round: "一面", askedAt: new Date("2026-03-31T16:00:00Z") });
    expect(await db.question.findUniqueOrThrow({ where: { id: recorded.questionIds[0] }, select: { setId: true } })).toEqual({ setId });
    await expect(recordEncounters(user, input(companyId, null, [{ title: "x", answeredWell: true }]), TZ)).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "encounters.validation.whenRequired",
    });
  });

  it("undo removes the logging, the questions it typed and its Again ratings; delete removes one record and keeps the question", async () => {
    const { companyId, eventId } = await companyWithInterview(user, "阿里");
    const questionsBefore = await db.question.count({ where: { userId: user } });
    const ragCard = () => db.reviewCard.findMany({ where: { userId: user, questionId: rag } });
    const cardBefore = await ragCard();
    const logsBefore = await db.reviewLog.count({ where: { userId: user } });
    const recorded = await recordEncounters(user, input(companyId, eventId, [{ questionId: rag, answeredWell: false }, { title: "Attention 复杂度", answeredWell: true }]), TZ);
    expect(await db.question.count({ where: { userId: user } })).toBe(questionsBefore + 1);
    expect(await db.reviewLog.count({ where: { userId: user } })).toBe(logsBefore + 1);
    await undoEncounters(user, { encounterIds: recorded.encounterIds, questionIds: recorded.questionIds });
    expect(await listCompanyEncounters(user, companyId)).toEqual([]);
    expect(await db.question.count({ where: { userId: user } })).toBe(questionsBefore);
    expect(await ragCard()).toEqual(cardBefore);
    expect(await db.reviewLog.count({ where: { userId: user } })).toBe(logsBefore);
    await expect(undoEncounters(user, { encounterIds: recorded.encounterIds, questionIds: [] })).rejects.toMatchObject(notFound);

    const again = await recordEncounters(user, input(companyId, eventId, [{ questionId: rag, answeredWell: true }]), TZ);
    await deleteEncounter(user, again.encounterIds[0]!);
    expect(await listCompanyEncounters(user, companyId)).toEqual([]);
    expect(await db.question.count({ where: { id: rag } })).toBe(1);
    await expect(deleteEncounter(user, again.encounterIds[0]!)).rejects.toMatchObject(notFound);
  });

  it("writes nothing when one picked question is not the user's", async () => {
    const { companyId, eventId } = await companyWithInterview(user, "快手");
    const other = await createTestUser();
    const theirs = await createQuestion(other.id, { setId: (await createSet(other.id, { title: "别人的" })).id, title: "别人的题", answerMd: "", stars: 0 });
    const before = await db.question.count({ where: { userId: user } });
    await expect(recordEncounters(user, input(companyId, eventId, [{ title: "新题", answeredWell: true }, { questionId: theirs.id, answeredWell: true }]), TZ)).rejects.toMatchObject(notFound);
    expect(await db.question.count({ where: { userId: user } })).toBe(before);
    expect(await db.encounter.count({ where: { companyId } })).toBe(0);
  });
});

describe("two users: another user's encounters, companies, steps and questions are NOT_FOUND", () => {
  it("refuses every write with another user's ids and shows nothing of theirs", async () => {
    const alice = (await createTestUser("Alice")).id;
    const bob = (await createTestUser("Bob")).id;
    const a = await companyWithInterview(alice, "Alice 的公司");
    const b = await companyWithInterview(bob, "Bob 的公司");
    const aliceSet = (await createSet(alice, { title: "Alice 的题" })).id;
    const aliceQuestion = (await createQuestion(alice, { setId: aliceSet, title: "Alice 的秘密题", answerMd: "x", stars: 0 })).id;
    const bobQuestion = (await createQuestion(bob, { setId: (await createSet(bob, { title: "Bob 的题" })).id, title: "Bob 的题目", answerMd: "y", stars: 0 })).id;
    const recorded = await recordEncounters(alice, input(a.companyId, a.eventId, [{ questionId: aliceQuestion, answeredWell: true }]), TZ);

    await expect(recordEncounters(bob, input(a.companyId, null, [{ title: "x", answeredWell: true }], { day: "2026-04-01" }), TZ)).rejects.toMatchObject(notFound);
    await expect(recordEncounters(bob, input(b.companyId, a.eventId, [{ title: "x", answeredWell: true }]), TZ)).rejects.toMatchObject(notFound);
    await expect(recordEncounters(bob, input(b.companyId, b.eventId, [{ questionId: aliceQuestion, answeredWell: true }]), TZ)).rejects.toMatchObject(notFound);
    await expect(recordEncounters(bob, input(b.companyId, b.eventId, [{ title: "x", answeredWell: true }], { setId: aliceSet }), TZ)).rejects.toMatchObject(notFound);
    await expect(undoEncounters(bob, { encounterIds: recorded.encounterIds, questionIds: [aliceQuestion] })).rejects.toMatchObject(notFound);
    await expect(deleteEncounter(bob, recorded.encounterIds[0]!)).rejects.toMatchObject(notFound);
    await expect(mergeQuestions(bob, { keepId: bobQuestion, dropId: aliceQuestion })).rejects.toMatchObject(notFound);
    await expect(mergeQuestions(bob, { keepId: aliceQuestion, dropId: bobQuestion })).rejects.toMatchObject(notFound);

    expect(await listCompanyEncounters(bob, a.companyId)).toEqual([]);
    expect(await listAskedSteps(bob, a.companyId)).toEqual([]);
    expect(await getQuestionAsked(bob, aliceQuestion)).toEqual({ count: 0, latest: [] });
    expect(await listHotQuestions(bob, null)).toEqual([]);
    expect(await listHotQuestions(bob, a.companyId)).toEqual([]);
    expect(await listAskedCompanies(bob)).toEqual([]);
    expect(await listDuplicateSuggestions(bob)).toEqual([]);
    // Alice's data as it was.
    expect((await listCompanyEncounters(alice, a.companyId))[0]?.questions.map((q) => q.title)).toEqual(["Alice 的秘密题"]);
    expect(await db.question.count({ where: { id: { in: [aliceQuestion, bobQuestion] } } })).toBe(2);
  });
});

describe("the data version (the cache key of the dashboard's 复盘 prompt)", () => {
  it("moves with every encounter written or deleted, for the owner only", async () => {
    const owner = (await createTestUser()).id;
    const other = (await createTestUser()).id;
    const version = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { dataVersion: true } })).dataVersion;
    const { companyId, eventId } = await companyWithInterview(owner, "版本公司");
    const question = (await createQuestion(owner, { setId: (await createSet(owner, { title: "版本" })).id, title: "题", answerMd: "a", stars: 0 })).id;
    const [ownerBefore, otherBefore] = [await version(owner), await version(other)];
    const recorded = await recordEncounters(owner, input(companyId, eventId, [{ questionId: question, answeredWell: true }]), TZ);
    const afterWrite = await version(owner);
    expect(afterWrite).toBeGreaterThan(ownerBefore);
    await deleteEncounter(owner, recorded.encounterIds[0]!);
    expect(await version(owner)).toBeGreaterThan(afterWrite);
    expect(await version(other)).toBe(otherBefore);
  });
});

describe("encounters in the JSON backup", () => {
  it("refuses a backup whose encounter points at another account's question, writing nothing", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { companyId } = await companyWithInterview(owner.id, "自己的公司");
    const theirs = await createQuestion(stranger.id, { setId: (await createSet(stranger.id, { title: "别人的" })).id, title: "别人的题", answerMd: "", stars: 0 });
    const backup = JSON.parse(await new Response(await exportBackup(owner.id)).text());
    await db.company.deleteMany({ where: { userId: owner.id } });
    const now = new Date().toISOString();
    backup.data.encounters.push({ userId: owner.id, id: "x1", questionId: theirs.id, companyId, eventId: null, round: "", askedAt: now, answeredWell: true, position: 0, createdAt: now });
    await expect(restoreBackup(owner.id, Readable.from([JSON.stringify(backup)]))).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
    expect(await db.company.count({ where: { userId: owner.id } })).toBe(0);
    expect(await db.encounter.count({ where: { questionId: theirs.id } })).toBe(0);
  });
});
