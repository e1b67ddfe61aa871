import { describe, expect, it } from "vitest";

import { parseNotes } from "@/lib/notes";
import { confirmedAliasesOf, planImport, type TExistingData } from "@/lib/notes/plan-import";

const NOTES = `# 1 Transformer

1. <u>Transformer原理</u>

   全部由 Attention 组成。

2. 为什么要 scale？⭐⭐

   防止 softmax 饱和。

3. ?

# N+1

S

腾讯(复活甲)、美团、

A

饿了么（投）、海康威视（投）、新浪（X）、VIVO（3.6）

**面试**

饿了吗：投递—笔试—挂】

美团：投递—笔试(04-01 19:00)—

雪梦科技：投递—
`;

const EMPTY: TExistingData = { companies: [], sets: [], applications: [] };
const parse = (text: string, existing: TExistingData = EMPTY) =>
  parseNotes(text, { year: 2026, confirmedAliases: confirmedAliasesOf(existing.companies) });

/** The account after an import of `text`, as the plan would have written it (ids made up). */
function accountAfter(text: string, decisions: { a: string; b: string; accept: boolean }[] = []): TExistingData {
  const plan = planImport(parse(text), EMPTY, decisions);
  let n = 0;
  const id = () => `id-${(n += 1)}`;
  const companies = plan.companies.flatMap((op) => (op.kind === "create" ? [{ id: id(), ...op.data }] : []));
  const byKey = new Map(companies.map((c) => [c.normalizedName, c.id]));
  const sets = plan.sets.flatMap((op) =>
    op.kind === "create" ? [{ id: id(), slug: op.data.slug, title: op.data.title, kind: op.data.kind, notes: op.data.notes, questions: op.questions.map((q) => ({ id: id(), ...q, importedHash: q.contentHash })) }] : [],
  );
  const applications = plan.applications.flatMap((op) =>
    op.kind === "create"
      ? [{ id: id(), companyId: op.company.id ?? byKey.get(op.company.key) ?? "", outcome: op.state.outcome, closedAt: op.state.closedAt, createdAt: new Date(n), events: op.events.map((e) => ({ id: id(), ...e })) }]
      : [],
  );
  return { companies, sets, applications };
}

describe("planImport into an empty account", () => {
  const plan = planImport(parse(NOTES), EMPTY);

  it("creates every set, question and company, none updated", () => {
    // 1 set (N+1 is the tracker); 3 questions incl. the placeholder.
    expect(plan.created).toMatchObject({ sets: 1, questions: 3 });
    // 2 S + 4 A + pipeline-only 饿了吗 and 雪梦科技 (the near match 饿了么/饿了吗 is only suggested).
    expect(plan.created.companies).toBe(8);
    expect(plan.updated).toEqual({ sets: 0, questions: 0, companies: 0, applications: 0, stageEvents: 0 });
    expect(plan.nothingChanged).toBe(false);
  });

  it("gives a pipeline-only company no tier and keeps a date annotation as a note", () => {
    const created = plan.companies.flatMap((op) => (op.kind === "create" ? [op.data] : []));
    expect(created.find((c) => c.name === "雪梦科技")?.tier).toBeNull();
    expect(created.find((c) => c.name === "VIVO")?.notes).toBe("3.6");
    expect(created.find((c) => c.name === "腾讯")?.revival).toBe(true);
  });

  it("suggests the near match and keeps the two apart until the person answers", () => {
    expect(plan.suggestedMerges).toEqual([expect.objectContaining({ a: "饿了么", b: "饿了吗", decision: "PENDING", existing: false })]);
  });

  it("turns pipeline entries and tier annotations into applications; the pipeline wins", () => {
    // 3 pipeline entries + 海康威视（投）+ 新浪（X）; 饿了么（投）stays apart from 饿了吗 → one more.
    expect(plan.created.applications).toBe(6);
    // The preview names the 3 that come from annotations, beyond the file's 3 pipeline entries.
    expect(plan.applicationsFromAnnotations).toBe(3);
    const meituan = plan.applications.find((op) => op.kind === "create" && op.events.some((e) => e.scheduledAt?.toISOString() === "2026-04-01T11:00:00.000Z"));
    expect(meituan?.kind === "create" && meituan.state).toMatchObject({ stage: "WRITTEN_TEST", outcome: "ACTIVE" });
    const sina = plan.companies.find((op) => op.kind === "create" && op.data.name === "新浪");
    const sinaApp = plan.applications.find((op) => op.kind === "create" && op.company.key === sina?.key);
    expect(sinaApp?.kind === "create" && sinaApp.state.outcome).toBe("REJECTED");
  });

  it("merges an accepted suggestion: one company with the other spelling as alias, conflict reported", () => {
    const merged = planImport(parse(NOTES), EMPTY, [{ a: "饿了么", b: "饿了吗", accept: true }]);
    expect(merged.created.companies).toBe(7);
    const eleme = merged.companies.find((op) => op.kind === "create" && op.data.name === "饿了么");
    expect(eleme?.kind === "create" && eleme.data.aliases).toEqual(["饿了吗"]);
    expect(merged.suggestedMerges[0]?.decision).toBe("ACCEPTED");
    expect(merged.conflicts).toEqual([expect.objectContaining({ companyName: "饿了么", reasons: expect.arrayContaining([expect.objectContaining({ key: "conflicts.pipelineWins" })]) })]);
    // 饿了么 now has the pipeline entry (rejected after 笔试), so its 投 annotation adds no application.
    expect(merged.created.applications).toBe(5);
    expect(merged.applicationsFromAnnotations).toBe(2);
  });
});

describe("planImport against an account that already has the file", () => {
  it("re-importing the same file changes nothing", () => {
    const account = accountAfter(NOTES);
    const plan = planImport(parse(NOTES, account), account);
    expect(plan.nothingChanged).toBe(true);
    expect(plan.unchanged).toMatchObject({ sets: 1, questions: 3, companies: 8, applications: 6 });
    // The first import kept 饿了么 and 饿了吗 apart (unanswered): both are now companies, not asked again.
    expect(plan.suggestedMerges).toEqual([]);
  });

  it("does not ask again about a merge the person rejected", () => {
    const account = accountAfter(NOTES, [{ a: "饿了么", b: "饿了吗", accept: false }]);
    expect(planImport(parse(NOTES, account), account).suggestedMerges).toEqual([]);
  });

  it("recognises a confirmed alias on re-import without asking", () => {
    const decisions = [{ a: "饿了么", b: "饿了吗", accept: true }];
    const account = accountAfter(NOTES, decisions);
    const plan = planImport(parse(NOTES, account), account);
    expect(plan.nothingChanged).toBe(true);
    expect(plan.suggestedMerges).toEqual([]);
  });

  it("an edited file updates only what changed and keeps what the person added", () => {
    const account = accountAfter(NOTES);
    const set = account.sets[0]!;
    set.questions.push({ id: "mine", position: 3, number: null, title: "我自己加的题", answerMd: "", stars: 0, placeholder: false, contentHash: "x", importedHash: "x" });
    account.companies.push({ id: "own", name: "自己加的公司", normalizedName: "自己加的公司", aliases: [], tier: "C", notes: "", revival: false, noOpening: false, tierListOrder: null });
    const edited = NOTES.replace("防止 softmax 饱和。", "防止 softmax 饱和，梯度消失。").replace("新浪（X）", "新浪（X）、知乎");
    const plan = planImport(parse(edited, account), account);
    expect(plan.created).toMatchObject({ sets: 0, questions: 0, companies: 1 });
    expect(plan.updated).toMatchObject({ sets: 0, questions: 1, companies: 0, applications: 0 });
    const op = plan.sets[0]!;
    expect(op.kind).toBe("unchanged");
    if (op.kind !== "create") expect(op.updateQuestions).toEqual([{ id: set.questions[1]!.id, data: expect.objectContaining({ answerMd: "防止 softmax 饱和，梯度消失。" }) }]);
    expect(plan.companies.some((c) => c.kind !== "create" && c.id === "own")).toBe(false);
  });

  it("keeps an answer the person wrote in the app when the same file comes back", () => {
    const account = accountAfter(NOTES);
    const placeholder = account.sets[0]!.questions[2]!;
    Object.assign(placeholder, { title: "我在应用里补的题", answerMd: "答案", placeholder: false, contentHash: "edited-in-app" });
    const plan = planImport(parse(NOTES, account), account);
    expect(plan.nothingChanged).toBe(true);
    // Edited in the file as well: the file's new version wins.
    const edited = planImport(parse(NOTES.replace("3. ?", "3. 新写的题"), account), account);
    expect(edited.updated.questions).toBe(1);
  });

  it("moves an application forward when the file adds a stage, never drops app-added events", () => {
    const account = accountAfter(NOTES);
    const further = NOTES.replace("雪梦科技：投递—", "雪梦科技：投递—一面(04-10 14:00)—");
    const plan = planImport(parse(further, account), account);
    const op = plan.applications.find((a) => a.kind === "update");
    expect(op?.kind === "update" && op.createEvents).toEqual([expect.objectContaining({ stage: "INTERVIEW", label: "一面", position: 1 })]);
    expect(op?.kind === "update" && op.state.stage).toBe("INTERVIEW");
    expect(plan.updated.applications).toBe(1);

    const app = account.applications.find((a) => a.events.length === 1 && a.events[0]?.result === "PENDING")!;
    app.events.push({ id: "x", position: 1, stage: "WRITTEN_TEST", label: "笔试", scheduledAt: null, happenedAt: null, result: "PENDING", notes: "" });
    app.events.push({ id: "y", position: 2, stage: "INTERVIEW", label: "一面", scheduledAt: null, happenedAt: null, result: "PENDING", notes: "" });
    expect(planImport(parse(NOTES, account), account).nothingChanged).toBe(true);
  });

  it("a tier change in the file updates the company; a pipeline-only mention keeps the tier the person picked", () => {
    const account = accountAfter(NOTES);
    account.companies.find((c) => c.name === "雪梦科技")!.tier = "B";
    const plan = planImport(parse(NOTES.replace("S\n\n腾讯", "S\n\n新浪、腾讯").replace("新浪（X）、", ""), account), account);
    const sina = plan.companies.find((c) => c.kind === "update");
    expect(sina?.kind === "update" && sina.data).toEqual({ tier: "S" });
    expect(plan.updated.companies).toBe(1);
  });
});

describe("the tier list's order", () => {
  const created = (existing: TExistingData) =>
    planImport(parse(NOTES, existing), existing).companies.flatMap((op) => (op.kind === "create" ? [[op.data.name, op.data.tierListOrder]] : []));

  it("numbers the tier list's companies as written; a company only the pipeline names has none", () => {
    expect(created(EMPTY)).toEqual([
      ["腾讯", 1], ["美团", 2], ["饿了么", 3], ["海康威视", 4], ["新浪", 5], ["VIVO", 6], ["饿了吗", null], ["雪梦科技", null],
    ]);
  });

  it("is given to a company imported before it was kept, and kept as it is otherwise", () => {
    const account = accountAfter(NOTES);
    const tencent = account.companies.find((c) => c.name === "腾讯")!;
    const meituan = account.companies.find((c) => c.name === "美团")!;
    tencent.tierListOrder = null;
    meituan.tierListOrder = 9;
    const plan = planImport(parse(NOTES, account), account);
    const updates = plan.companies.flatMap((op) => (op.kind === "update" ? [[op.name, op.data]] : []));
    expect(updates).toEqual([["腾讯", { tierListOrder: 1 }]]);
  });
});
