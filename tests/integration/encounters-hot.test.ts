import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { getQuestionAsked, recordEncounters } from "@/lib/services/encounters";
import { listAskedCompanies, listDuplicateSuggestions, listHotQuestions, mergeQuestions } from "@/lib/services/encounters-hot";
import { createSet } from "@/lib/services/questions";
import { createQuestion } from "@/lib/services/questions-items";
import { createTestUser } from "@/tests/helpers/users";

import { companyWithInterview, input, TZ } from "./encounter-helpers";

describe("hot questions, where a question was asked, duplicates and merge", () => {
  let user: string;
  let setId: string;

  beforeAll(async () => {
    user = (await createTestUser()).id;
    setId = (await createSet(user, { title: "LLM" })).id;
  });

  it("counts per company and overall, with last seen, and says where each was asked", async () => {
    const bytedance = await companyWithInterview(user, "字节跳动", new Date("2026-03-01T02:00:00Z"));
    const meituan = await companyWithInterview(user, "美团", new Date("2026-03-05T02:00:00Z"));
    const lora = (await createQuestion(user, { setId, title: "LoRA 的原理", answerMd: "a", stars: 0 })).id;
    const rag = (await createQuestion(user, { setId, title: "RAG 的流程", answerMd: "b", stars: 0 })).id;
    await recordEncounters(user, input(bytedance.companyId, bytedance.eventId, [{ questionId: lora, answeredWell: true }, { questionId: rag, answeredWell: true }]), TZ);
    await recordEncounters(user, input(meituan.companyId, meituan.eventId, [{ questionId: lora, answeredWell: true }]), TZ);
    await recordEncounters(user, input(meituan.companyId, null, [{ questionId: lora, answeredWell: true }], { day: "2026-03-20", round: "三面" }), TZ);

    const overall = await listHotQuestions(user, null);
    expect(overall.map((q) => [q.title, q.count, q.companies])).toEqual([["LoRA 的原理", 3, 2], ["RAG 的流程", 1, 1]]);
    expect(overall[0]?.lastSeen).toEqual(new Date("2026-03-19T16:00:00Z"));
    expect((await listHotQuestions(user, bytedance.companyId)).map((q) => [q.title, q.count])).toEqual([["LoRA 的原理", 1], ["RAG 的流程", 1]]);
    expect((await listAskedCompanies(user)).map((c) => [c.name, c.count])).toEqual([["字节跳动", 2], ["美团", 2]]);

    const asked = await getQuestionAsked(user, lora);
    expect(asked.count).toBe(3);
    expect(asked.latest.map((e) => [e.company.name, e.round])).toEqual([["美团", "三面"], ["美团", "二面"], ["字节跳动", "二面"]]);
  });

  it("suggests a question typed twice, and merges only when asked to, moving its records", async () => {
    const company = await companyWithInterview(user, "腾讯");
    const original = (await createQuestion(user, { setId, title: "什么是 RAG？", answerMd: "检索增强生成", stars: 2 })).id;
    await createQuestion(user, { setId, title: "讲一下快速排序", answerMd: "分治", stars: 0 });
    const recorded = await recordEncounters(user, input(company.companyId, company.eventId, [{ title: "什么是RAG", answeredWell: false }]), TZ);
    const typed = recorded.questionIds[0]!;

    const pairs = await listDuplicateSuggestions(user);
    const pair = pairs.find((p) => [p.a.id, p.b.id].sort().join() === [original, typed].sort().join());
    expect(pair?.score).toBe(1);
    expect(pairs.some((p) => p.a.title.includes("快速排序") || p.b.title.includes("快速排序"))).toBe(false);
    // Suggested, not merged.
    expect(await db.question.count({ where: { id: { in: [original, typed] } } })).toBe(2);

    await mergeQuestions(user, { keepId: original, dropId: typed });
    expect(await db.question.count({ where: { id: typed } })).toBe(0);
    expect(await db.encounter.findMany({ where: { userId: user, companyId: company.companyId }, select: { questionId: true } })).toEqual([{ questionId: original }]);
    expect(await db.reviewCard.count({ where: { userId: user, questionId: typed } })).toBe(0);
    expect(await db.question.findUniqueOrThrow({ where: { id: original }, select: { answerMd: true, stars: true } })).toEqual({ answerMd: "检索增强生成", stars: 2 });
    expect((await listDuplicateSuggestions(user)).some((p) => p.a.id === typed || p.b.id === typed)).toBe(false);
    await expect(mergeQuestions(user, { keepId: original, dropId: original })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("merging moves the dropped question's review card and its history when the kept one has none", async () => {
    const company = await companyWithInterview(user, "阿里云");
    const kept = (await createQuestion(user, { setId, title: "解释一下 KV cache", answerMd: "缓存键值", stars: 0 })).id;
    const dropped = (await createQuestion(user, { setId, title: "解释一下KV cache", answerMd: "缓存", stars: 0 })).id;
    await recordEncounters(user, input(company.companyId, company.eventId, [{ questionId: dropped, answeredWell: false }]), TZ);
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: user, questionId: dropped } } });
    await mergeQuestions(user, { keepId: kept, dropId: dropped });
    const moved = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: user, questionId: kept } } });
    expect(moved).toMatchObject({ due: card.due, stability: card.stability, reps: card.reps, state: card.state });
    expect(await db.reviewLog.findMany({ where: { userId: user, questionId: kept }, select: { source: true, rating: true } })).toEqual([{ source: "ENCOUNTER", rating: 1 }]);
    expect(await db.reviewCard.count({ where: { userId: user, questionId: dropped } })).toBe(0);
  });
});
