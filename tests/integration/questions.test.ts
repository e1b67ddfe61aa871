import { describe, expect, it } from "vitest";

import { Mastery } from "@/lib/generated/prisma/enums";
import { createSet, deleteSet, listSets, renameSet, reorderSets } from "@/lib/services/questions";
import { createQuestion, getQuestion, listSetOrder, listSetQuestionPage, reorderQuestions, setMastery, setStars, updateQuestion } from "@/lib/services/questions-items";
import { searchQuestions } from "@/lib/services/search";
import { parseOrThrow } from "@/lib/validation/issues";
import { ZUpdateQuestionInput } from "@/lib/validation/questions";

import { createTestUser } from "../helpers/users";

describe("question sets and questions", () => {
  it("lists sets with counts, renames, reorders and deletes", async () => {
    const { id: userId } = await createTestUser();
    const a = await createSet(userId, { title: "Transformer" });
    const b = await createSet(userId, { title: "Transformer" });
    expect(b.slug).toBe("transformer-2");
    const q1 = await createQuestion(userId, { setId: a.id, title: "QKV", answerMd: "答案", stars: 2 });
    await createQuestion(userId, { setId: a.id, title: "待写", answerMd: "", stars: 0 });
    await setMastery(userId, { questionId: q1.id, status: Mastery.KNOWN });
    await renameSet(userId, { setId: b.id, title: "RAG" });
    await reorderSets(userId, { ids: [b.id, a.id] });
    const sets = await listSets(userId);
    expect(sets.map((s) => s.title)).toEqual(["RAG", "Transformer"]);
    expect(sets[1]).toMatchObject({ questions: 2, starred: 1, placeholders: 1, known: 1, learning: 0, fresh: 1 });
    await deleteSet(userId, b.id);
    expect((await listSets(userId)).map((s) => s.title)).toEqual(["Transformer"]);
  });

  it("filters, reorders, sets stars and mastery, and refuses stale edits and oversized answers", async () => {
    const { id: userId } = await createTestUser();
    const set = await createSet(userId, { title: "BERT" });
    const ids = [];
    for (const [title, stars, answerMd] of [["MLM", 3, "a"], ["NSP", 0, ""], ["WordPiece", 0, "b"]] as const) {
      ids.push((await createQuestion(userId, { setId: set.id, title, stars, answerMd })).id);
    }
    await setStars(userId, { questionId: ids[2]!, stars: 1 });
    await setMastery(userId, { questionId: ids[0]!, status: Mastery.LEARNING });
    const titles = async (filter: Parameters<typeof listSetQuestionPage>[2]) =>
      (await listSetQuestionPage(userId, set.id, filter)).questions.map((q) => `${q.number}.${q.title}`);
    expect(await titles({ star: "1" })).toEqual(["1.MLM", "3.WordPiece"]);
    expect(await titles({ placeholder: "1" })).toEqual(["2.NSP"]);
    expect(await titles({ mastery: Mastery.NEW })).toEqual(["2.NSP", "3.WordPiece"]);
    await reorderQuestions(userId, { setId: set.id, ids: [ids[2]!, ids[0]!, ids[1]!] });
    expect(await titles({})).toEqual(["1.WordPiece", "2.MLM", "3.NSP"]);
    expect((await listSetOrder(userId, set.id)).map((q) => q.title)).toEqual(["WordPiece", "MLM", "NSP"]);
    await expect(reorderQuestions(userId, { setId: set.id, ids: [ids[0]!] })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const saved = await updateQuestion(userId, { questionId: ids[1]!, title: "NSP 任务", answerMd: "现在有答案了", version: 1 });
    expect(saved).toEqual({ version: 2, placeholder: false });
    await expect(updateQuestion(userId, { questionId: ids[1]!, title: "旧", answerMd: "旧", version: 1 })).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    const tooLarge = { questionId: ids[1]!, title: "大", answerMd: "字".repeat(40_000), version: 2 };
    expect(() => parseOrThrow(ZUpdateQuestionInput, tooLarge)).toThrow(expect.objectContaining({ messageKey: "questions.validation.answerTooLarge" }));
    expect(await getQuestion(userId, ids[1]!)).toMatchObject({ title: "NSP 任务", placeholder: false, version: 2 });
  });

  it("searches titles and answers by Chinese substring, grouped by set, treating % and _ literally", async () => {
    const { id: userId } = await createTestUser();
    const t = await createSet(userId, { title: "Transformer" });
    const r = await createSet(userId, { title: "RAG" });
    await createQuestion(userId, { setId: t.id, title: "多头自注意力的复杂度", answerMd: "O(n²d)", stars: 0 });
    await createQuestion(userId, { setId: r.id, title: "召回", answerMd: "向量召回时也用到自注意力编码器，命中率 100%", stars: 0 });
    await createQuestion(userId, { setId: r.id, title: "无关", answerMd: "无关内容", stars: 0 });
    const result = await searchQuestions(userId, { q: "自注意力", page: 1 });
    expect(result.groups.map((g) => [g.setTitle, g.hits.map((h) => h.title)])).toEqual([
      ["Transformer", ["多头自注意力的复杂度"]],
      ["RAG", ["召回"]],
    ]);
    expect(result.groups[1]!.hits[0]!.snippet.text).toContain("自注意力");
    expect((await searchQuestions(userId, { q: "o(N²D)", page: 1 })).groups[0]!.hits[0]!.title).toBe("多头自注意力的复杂度");
    expect((await searchQuestions(userId, { q: "100%", page: 1 })).total).toBe(1);
    expect((await searchQuestions(userId, { q: "%", page: 1 })).total).toBe(1);
    expect((await searchQuestions(userId, { q: "_", page: 1 })).total).toBe(0);
  });
});
