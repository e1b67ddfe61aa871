import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Mastery, Tier } from "@/lib/generated/prisma/enums";
import { listBoard } from "@/lib/services/board";
import { getCompanyChecklist } from "@/lib/services/prep";
import { bulkLinkByTier, linkSet, listSetCompanies, setSetCompanies, suggestSets, unlinkSet } from "@/lib/services/prep-links";
import { listPrepareNext } from "@/lib/services/prep-next";
import { createTask, deleteTask, updateTask } from "@/lib/services/prep-tasks";
import { createSet } from "@/lib/services/questions";
import { createQuestion, setMastery } from "@/lib/services/questions-items";
import { buildCompanySearchText } from "@/lib/search/company-text";
import { ZBulkLinkByTierInput } from "@/lib/validation/prep";

import { createTestUser } from "../helpers/users";

async function company(userId: string, name: string, tier: Tier | null, archived = false) {
  return db.company.create({
    data: { userId, name, normalizedName: name.toLowerCase(), tier, archivedAt: archived ? new Date() : null },
    select: { id: true },
  });
}

async function interview(userId: string, companyId: string, at: Date) {
  const application = await db.application.create({ data: { userId, companyId }, select: { id: true } });
  await db.stageEvent.create({ data: { userId, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "一面", scheduledAt: at } });
}

describe("linking sets to companies", () => {
  let userId: string;
  let llm: string;
  let rag: string;
  const companies: Record<string, string> = {};

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    llm = (await createSet(userId, { title: "LLM" })).id;
    rag = (await createSet(userId, { title: "RAG" })).id;
    for (const [name, tier] of [["字节跳动", Tier.S], ["阿里", Tier.S], ["美团", Tier.A], ["快手", Tier.B], ["小公司", null]] as const) {
      companies[name] = (await company(userId, name, tier)).id;
    }
    companies["已归档"] = (await company(userId, "已归档", Tier.A, true)).id;
  });

  it("links and unlinks one set, idempotently", async () => {
    await linkSet(userId, { companyId: companies["快手"]!, setId: rag });
    await linkSet(userId, { companyId: companies["快手"]!, setId: rag });
    expect(await db.companySet.count({ where: { userId, setId: rag } })).toBe(1);
    await unlinkSet(userId, { companyId: companies["快手"]!, setId: rag });
    expect(await db.companySet.count({ where: { userId, setId: rag } })).toBe(0);
    await expect(unlinkSet(userId, { companyId: companies["快手"]!, setId: rag })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("links the LLM set to all S and A companies, skipping archived ones and existing links", async () => {
    await linkSet(userId, { companyId: companies["阿里"]!, setId: llm });
    const added = await bulkLinkByTier(userId, { setId: llm, tiers: [Tier.S, Tier.A] });
    expect(added).toBe(2);
    const linked = (await listSetCompanies(userId, llm)).filter((c) => c.linked).map((c) => c.name).sort();
    expect(linked).toEqual(["字节跳动", "美团", "阿里"].sort());
    expect(await bulkLinkByTier(userId, { setId: llm, tiers: [Tier.S, Tier.A] })).toBe(0);
  });

  it("replaces a set's companies from the set page", async () => {
    await setSetCompanies(userId, { setId: rag, companyIds: [companies["字节跳动"]!, companies["小公司"]!] });
    expect((await listSetCompanies(userId, rag)).filter((c) => c.linked).map((c) => c.name).sort()).toEqual(["字节跳动", "小公司"].sort());
    await setSetCompanies(userId, { setId: rag, companyIds: [companies["小公司"]!] });
    expect((await listSetCompanies(userId, rag)).filter((c) => c.linked).map((c) => c.name)).toEqual(["小公司"]);
  });

  it("suggests the sets most linked to companies of the same tier", async () => {
    const newS = await company(userId, "新S公司", Tier.S);
    expect((await suggestSets(userId, Tier.S, newS.id)).map((s) => s.title)).toEqual(["LLM"]);
    expect((await suggestSets(userId, null, newS.id)).map((s) => s.title)).toEqual(["RAG"]);
    expect(await suggestSets(userId, Tier.S, companies["字节跳动"])).toEqual([]);
  });

  it("links a set to the 未分级 companies by tier, alone or with tiers, and lists each company's search text", async () => {
    const hr = (await createSet(userId, { title: "HR面" })).id;
    expect(await bulkLinkByTier(userId, { setId: hr, tiers: ["NONE"] })).toBe(1);
    expect((await listSetCompanies(userId, hr)).filter((c) => c.linked).map((c) => c.name)).toEqual(["小公司"]);
    expect(await bulkLinkByTier(userId, { setId: hr, tiers: [Tier.B, "NONE"] })).toBe(1);
    expect((await listSetCompanies(userId, hr)).filter((c) => c.linked).map((c) => c.name).sort()).toEqual(["快手", "小公司"].sort());
    expect(ZBulkLinkByTierInput.safeParse({ setId: hr, tiers: ["UNTIERED"] }).success).toBe(false);
    await db.company.update({ where: { id: companies["快手"]! }, data: { searchText: buildCompanySearchText("快手", []) } });
    expect((await listSetCompanies(userId, hr)).find((c) => c.name === "快手")?.searchText).toContain("ks");
  });
});

describe("progress", () => {
  it("counts known questions and done tasks, and flags an interview within 7 days under 60%", async () => {
    const { id: userId } = await createTestUser();
    const set = await createSet(userId, { title: "Transformer" });
    const ids = [];
    for (const [title, stars, answerMd] of [["自注意力", 2, "答"], ["位置编码", 0, "答"], ["待写", 3, ""], ["LayerNorm", 1, "答"]] as const) {
      ids.push((await createQuestion(userId, { setId: set.id, title, stars, answerMd })).id);
    }
    const { id: companyId } = await company(userId, "百度", Tier.A);
    await linkSet(userId, { companyId, setId: set.id });
    const now = new Date();
    await interview(userId, companyId, new Date(now.getTime() + 3 * 24 * 3600 * 1000));

    const first = await getCompanyChecklist(userId, companyId, "zh", now);
    expect(first.checklist.tasks.map((t) => t.title)).toEqual(["了解公司业务与使命", "岗位要求对照", "准备自我介绍", "准备反问"]);
    expect(first.checklist.groups[0]!.questions.map((q) => q.title)).toEqual(["自注意力", "LayerNorm", "位置编码", "待写"]);
    expect(first.checklist.progress).toMatchObject({ percent: 0, done: 0, total: 8 });
    expect(first.attention).toBe(true);
    // A second open does not add the starter list again.
    expect((await getCompanyChecklist(userId, companyId, "zh", now)).checklist.tasks).toHaveLength(4);

    await setMastery(userId, { questionId: ids[0]!, status: Mastery.KNOWN });
    await setMastery(userId, { questionId: ids[1]!, status: Mastery.KNOWN });
    await setMastery(userId, { questionId: ids[3]!, status: Mastery.LEARNING });
    const tasks = first.checklist.tasks;
    await updateTask(userId, { taskId: tasks[0]!.id, done: true });
    await updateTask(userId, { taskId: tasks[1]!.id, done: true });
    const extra = await createTask(userId, { companyId, title: "复习项目", dueDate: "2026-12-01" });
    await deleteTask(userId, extra.id);

    const after = await getCompanyChecklist(userId, companyId, "zh", now);
    expect(after.checklist.progress).toMatchObject({ percent: 50, done: 4, total: 8 });
    expect(after.attention).toBe(true);
    expect((await listBoard(userId)).cards.find((card) => card.companyId === companyId)?.prep).toEqual({ percent: 50, done: 4, total: 8 });

    await updateTask(userId, { taskId: tasks[2]!.id, done: true });
    const done = await getCompanyChecklist(userId, companyId, "zh", now);
    expect(done.checklist.progress.percent).toBe(62);
    expect(done.attention).toBe(false);

    const next = await listPrepareNext(userId, now);
    expect(next).toHaveLength(1);
    expect(next[0]!.companyName).toBe("百度");
    // ⭐ open questions first (more stars first, unwritten last), then open tasks, then the rest.
    expect(next[0]!.items.map((item) => item.title)).toEqual(["LayerNorm", "待写", "准备反问"]);
  });
});
