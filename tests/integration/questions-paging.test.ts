import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Mastery } from "@/lib/generated/prisma/enums";
import { SET_COMPANY_NAMES, createSet, getSetHeader, listSets, readSetLinks } from "@/lib/services/questions";
import {
  SET_PAGE_SIZE,
  createQuestion,
  listSetOrder,
  listSetQuestionPage,
  reorderQuestions,
  setMastery,
} from "@/lib/services/questions-items";
import { SEARCH_COUNT_CAP, SEARCH_PAGE_SIZE, searchQuestions } from "@/lib/services/search";

import { createTestUser } from "../helpers/users";

/** `count` questions "题 1" … "题 n" in order, every even one starred, each answer mentioning `word`. */
async function seedSet(userId: string, count: number, word = "词") {
  const set = await createSet(userId, { title: "长题集" });
  await db.question.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      userId,
      setId: set.id,
      position: index,
      title: `题 ${index + 1}`,
      answerMd: `第 ${index + 1} 题的答案，关于${word}。`,
      stars: (index + 1) % 2 === 0 ? 1 : 0,
      contentHash: `hash-${index}`,
    })),
  });
  return set.id;
}

const numbers = (page: Awaited<ReturnType<typeof listSetQuestionPage>>) => page.questions.map((q) => q.number);

describe("a long set a page at a time", () => {
  it("pages through the set in order with numbers and totals, filters included", async () => {
    const { id: userId } = await createTestUser();
    const setId = await seedSet(userId, 2 * SET_PAGE_SIZE + 20);
    const first = await listSetQuestionPage(userId, setId, {}, 1);
    expect(first).toMatchObject({ total: 2 * SET_PAGE_SIZE + 20, page: 1, pages: 3 });
    expect(numbers(first)).toEqual(Array.from({ length: SET_PAGE_SIZE }, (_, i) => i + 1));
    expect(first.questions[0]).toMatchObject({ title: "题 1", stars: 0, placeholder: false, status: Mastery.NEW });
    const last = await listSetQuestionPage(userId, setId, {}, 3);
    expect(numbers(last)).toEqual(Array.from({ length: 20 }, (_, i) => 2 * SET_PAGE_SIZE + i + 1));
    expect(await listSetQuestionPage(userId, setId, {}, 4)).toMatchObject({ questions: [], total: 0 });
    // A page far past the end (its offset passed as a value, not written in) is empty too.
    expect(await listSetQuestionPage(userId, setId, {}, 9_999)).toMatchObject({ questions: [], total: 0 });
    expect(await listSetQuestionPage(userId, setId, { star: "1" }, 9_999)).toMatchObject({ questions: [], total: 0 });

    // Filtered: the starred (even) questions keep their place numbers in the whole set.
    const starred = await listSetQuestionPage(userId, setId, { star: "1" }, 2);
    expect(starred).toMatchObject({ total: SET_PAGE_SIZE + 10, page: 2, pages: 2 });
    expect(numbers(starred)).toEqual(Array.from({ length: 10 }, (_, i) => 2 * (SET_PAGE_SIZE + i + 1)));

    const [q1] = (await listSetQuestionPage(userId, setId, {}, 1)).questions;
    await setMastery(userId, { questionId: q1!.id, status: Mastery.KNOWN });
    const known = await listSetQuestionPage(userId, setId, { mastery: Mastery.KNOWN });
    expect(known.questions.map((q) => [q.number, q.status])).toEqual([[1, Mastery.KNOWN]]);
    expect((await listSetQuestionPage(userId, setId, {}, 1)).questions.slice(0, 2).map((q) => q.status)).toEqual([Mastery.KNOWN, Mastery.NEW]);
  });

  it("reorders the whole set from the reorder list, so every page follows the new order", async () => {
    const { id: userId } = await createTestUser();
    const setId = await seedSet(userId, SET_PAGE_SIZE + 5);
    const order = await listSetOrder(userId, setId);
    expect(order).toHaveLength(SET_PAGE_SIZE + 5);
    // The last question (on page 2) moves to the top: a move across pages.
    const moved = [order.at(-1)!, ...order.slice(0, -1)];
    await reorderQuestions(userId, { setId, ids: moved.map((q) => q.id) });
    const first = await listSetQuestionPage(userId, setId, {}, 1);
    expect(first.questions[0]).toMatchObject({ number: 1, title: `题 ${SET_PAGE_SIZE + 5}` });
    const second = await listSetQuestionPage(userId, setId, {}, 2);
    expect(second.questions.map((q) => q.title)).toEqual(order.slice(SET_PAGE_SIZE - 1, -1).map((q) => q.title));
    // Only the ids of one page are not the set: refused, nothing changes.
    await expect(reorderQuestions(userId, { setId, ids: first.questions.map((q) => q.id).reverse() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listSetOrder(userId, setId)).map((q) => q.id)).toEqual(moved.map((q) => q.id));
  });
});

describe("the sets list", () => {
  it("counts each set's linked companies and names the first few, in pinyin order", async () => {
    const { id: userId } = await createTestUser();
    const setId = await seedSet(userId, 3);
    const empty = await createSet(userId, { title: "空题集" });
    const names = Array.from({ length: SET_COMPANY_NAMES + 2 }, (_, i) => `公司${String.fromCharCode(71 - i)}`);
    for (const name of names) {
      const company = await db.company.create({ data: { userId, name, normalizedName: name }, select: { id: true } });
      await db.companySet.create({ data: { userId, companyId: company.id, setId } });
    }
    const sets = await listSets(userId);
    expect(sets.map((s) => [s.title, s.questions, s.starred, s.linkedCompanies])).toEqual([
      ["长题集", 3, 1, names.length],
      ["空题集", 0, 0, 0],
    ]);
    expect(await readSetLinks(userId, setId)).toEqual({ count: names.length, names: [...names].sort().slice(0, SET_COMPANY_NAMES) });
    expect(await readSetLinks(userId, empty.id)).toEqual({ count: 0, names: [] });
    // Chinese names in pinyin order (a, j, m), not in the order of their code points (京, 美, 阿).
    const chinese = await createSet(userId, { title: "中文公司" });
    for (const name of ["美团", "阿里", "京东"]) {
      const company = await db.company.create({ data: { userId, name, normalizedName: name }, select: { id: true } });
      await db.companySet.create({ data: { userId, companyId: company.id, setId: chinese.id } });
    }
    expect(await readSetLinks(userId, chinese.id)).toEqual({ count: 3, names: ["阿里", "京东", "美团"] });
    expect(await readSetLinks((await createTestUser()).id, setId)).toEqual({ count: 0, names: [] });
    expect(await getSetHeader(userId, setId)).toEqual({ id: setId, title: "长题集", slug: "set", notes: "", linkedCompanies: names.length });
    expect((await getSetHeader(userId, empty.id)).linkedCompanies).toBe(0);
  });
});

describe("search a page at a time, with plain-text snippets", () => {
  it("pages the matches in set order and counts them up to the cap", async () => {
    const { id: userId } = await createTestUser();
    await seedSet(userId, SEARCH_PAGE_SIZE + 5, "分页词");
    const first = await searchQuestions(userId, { q: "分页词", page: 1 });
    expect(first).toMatchObject({ total: SEARCH_PAGE_SIZE + 5, page: 1, hasNext: true });
    expect(first.groups[0]!.hits.map((hit) => hit.title)).toEqual(Array.from({ length: SEARCH_PAGE_SIZE }, (_, i) => `题 ${i + 1}`));
    const second = await searchQuestions(userId, { q: "分页词", page: 2 });
    expect(second).toMatchObject({ page: 2, hasNext: false });
    expect(second.groups[0]!.hits.map((hit) => hit.title)).toEqual(Array.from({ length: 5 }, (_, i) => `题 ${SEARCH_PAGE_SIZE + i + 1}`));
    expect(await searchQuestions(userId, { q: "分页词", page: 3 })).toMatchObject({ groups: [], total: 0 });
    expect(await searchQuestions(userId, { q: "分页词", page: 1_000 })).toMatchObject({ groups: [], total: 0 });

    await seedSet(userId, SEARCH_COUNT_CAP, "分页词");
    expect((await searchQuestions(userId, { q: "分页词", page: 1 })).total).toBe(SEARCH_COUNT_CAP + 1);
  });

  it("shows the answer around the match as plain text, without Markdown or HTML", async () => {
    const { id: userId } = await createTestUser();
    const set = await createSet(userId, { title: "Transformer" });
    const answerMd = [
      "## 背景",
      "",
      "长".repeat(200),
      "",
      '<div class="note">**缩放点积**注意力：见 [论文](https://arxiv.org/abs/1706.03762) 与 `softmax(QK^T)`。</div>',
      "",
      "| 项 | 值 |",
      "| --- | --- |",
      "| d_k | 64 |",
    ].join("\n");
    await createQuestion(userId, { setId: set.id, title: "为什么要缩放", answerMd, stars: 0 });
    const [hit] = (await searchQuestions(userId, { q: "缩放点积", page: 1 })).groups[0]!.hits;
    expect(hit!.snippet.text).toContain("缩放点积注意力：见 论文 与 softmax(QK^T)。");
    expect(hit!.snippet.text).not.toMatch(/[*#`<>]|\]\(|https?:/);
    expect(hit!.snippet).toMatchObject({ start: true });

    const [titleOnly] = (await searchQuestions(userId, { q: "为什么", page: 1 })).groups[0]!.hits;
    expect(titleOnly!.snippet.text.startsWith("背景 长长")).toBe(true);
    expect(titleOnly!.snippet).toMatchObject({ start: false, end: true });
  });

  it("keeps code as written in a snippet, also when the snippet starts inside a fenced block", async () => {
    const { id: userId } = await createTestUser();
    const set = await createSet(userId, { title: "NumPy" });
    const code = ["```python", ...Array.from({ length: 8 }, (_, i) => `v${i} = (x ** 2).sum() ** 0.5`), "```"];
    await createQuestion(userId, { setId: set.id, title: "向量的模", answerMd: [...code, "", "之后是 **范数要点** 的说明"].join("\n"), stars: 0 });
    const [afterBlock] = (await searchQuestions(userId, { q: "范数要点", page: 1 })).groups[0]!.hits;
    expect(afterBlock!.snippet.text).toMatch(/= \(x \*\* 2\)\.sum\(\) \*\* 0\.5 之后是 范数要点 的说明$/);
    expect(afterBlock!.snippet.text).not.toContain("```");

    const [inBlock] = (await searchQuestions(userId, { q: "v3 =", page: 1 })).groups[0]!.hits;
    expect(inBlock!.snippet.text).toContain("v3 = (x ** 2).sum() ** 0.5");
  });
});
