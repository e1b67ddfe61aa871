import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseNotes, summarizeParsedNotes } from "@/lib/notes";
import { applyImport, previewImport } from "@/lib/services/import";
import { readNotesFile } from "@/lib/notes/notes-file";
import { updateQuestion } from "@/lib/services/questions-items";
import { createTestUser } from "@/tests/helpers/users";

import { fixtureText, notesInput, rowCounts, updatedAtById } from "./import-helpers";

const text = fixtureText();
const input = notesInput(text);
const summary = summarizeParsedNotes(parseNotes(text, { year: 2026 }));
const NONE = { sets: 0, questions: 0, companies: 0, applications: 0, stageEvents: 0 };

describe("importing the real notes", { timeout: 120_000 }, () => {
  it("creates what the parser counts, then a re-import changes nothing and writes nothing", async () => {
    const user = await createTestUser();
    const preview = await previewImport(user.id, input);
    expect(preview.summary).toEqual(summary);
    expect(await rowCounts(user.id)).toEqual({ sets: 0, questions: 0, companies: 0, applications: 0, stageEvents: 0, importRuns: 0 });

    const report = await applyImport(user.id, input);
    expect(report.applied).toBe(true);
    expect(report.created).toEqual(preview.created);
    expect(report.created.sets).toBe(summary.sets);
    expect(report.created.questions).toBe(summary.questions);
    // Suggested merges unanswered: every spelling is its own company.
    expect(report.created.companies).toBe(summary.companies);
    // Pipeline entries + tier-list annotations (投/X/测评) of companies the pipeline does not list.
    expect(report.created.applications).toBeGreaterThan(summary.applications);
    const counts = await rowCounts(user.id);
    expect(counts).toEqual({
      sets: summary.sets, questions: summary.questions, companies: summary.companies,
      applications: report.created.applications, stageEvents: report.created.stageEvents, importRuns: 1,
    });
    expect(await db.question.count({ where: { userId: user.id, placeholder: true } })).toBe(summary.placeholders);
    expect(await db.question.count({ where: { userId: user.id, stars: { gt: 0 } } })).toBe(summary.starred);
    for (const tier of ["S", "A", "B", "C", "N"] as const) {
      expect(await db.company.count({ where: { userId: user.id, tier } })).toBe(summary.companiesByTier[tier]);
    }
    // 雪梦科技 appears only in the **面试** block: 未分级, rejected at interview.
    const xuemeng = await db.company.findFirstOrThrow({
      where: { userId: user.id, name: "雪梦科技" },
      select: { tier: true, applications: { select: { stage: true, outcome: true } } },
    });
    expect(xuemeng).toEqual({ tier: null, applications: [{ stage: "INTERVIEW", outcome: "REJECTED" }] });
    // Imported companies are searchable like the app's own (pinyin initials of 字节跳动).
    const bytedance = await db.company.findFirstOrThrow({ where: { userId: user.id, name: "字节跳动" }, select: { searchText: true } });
    expect(bytedance.searchText).toContain("zjtd");
    const qualcomm = await db.stageEvent.findFirstOrThrow({
      where: { userId: user.id, application: { company: { name: "Qualcomm" } }, stage: "WRITTEN_TEST" },
      select: { scheduledAt: true, result: true },
    });
    expect(qualcomm).toEqual({ scheduledAt: new Date("2026-04-01T11:00:00.000Z"), result: "PENDING" });

    const before = await updatedAtById(user.id);
    const again = await applyImport(user.id, { ...input, ...notesInput(text.replace(/\n/gu, "\r\n")) });
    expect(again).toMatchObject({ nothingChanged: true, applied: false, created: NONE, updated: NONE });
    expect(again.previousImportAt).not.toBeNull();
    expect(again.unchanged.questions).toBe(summary.questions);
    expect(await rowCounts(user.id)).toEqual(counts);
    expect(await updatedAtById(user.id)).toEqual(before);
  });

  it("an edited file updates only the changed question and company; what the person added stays", async () => {
    const user = await createTestUser();
    await applyImport(user.id, input);
    const set = await db.questionSet.findFirstOrThrow({ where: { userId: user.id, slug: "transformer" }, select: { id: true } });
    const mine = await db.question.create({
      data: { userId: user.id, setId: set.id, position: 999, title: "我自己加的题", contentHash: "app" },
      select: { id: true, updatedAt: true },
    });
    const own = await db.company.create({ data: { userId: user.id, name: "自己加的公司", normalizedName: "自己加的公司", tier: "C" }, select: { id: true } });
    const before = await updatedAtById(user.id);
    const countsBefore = await rowCounts(user.id);

    const edited = text.replace("为了控制注意力权重的尺度", "为了控制注意力权重的尺度（已修改）").replace("、鹰角网络（挂）", "、鹰角网络（挂）、新公司甲");
    const report = await applyImport(user.id, notesInput(edited));
    expect(report.created).toEqual({ ...NONE, companies: 1 });
    expect(report.updated).toEqual({ ...NONE, questions: 1 });

    const after = await updatedAtById(user.id);
    const changed = [...before].filter(([id, at]) => after.get(id) !== at).map(([id]) => id);
    const question = await db.question.findFirstOrThrow({ where: { userId: user.id, answerMd: { contains: "（已修改）" } }, select: { id: true, version: true } });
    expect(changed).toEqual([question.id]);
    expect(question.version).toBe(2);
    expect(after.get(mine.id)).toBe(mine.updatedAt.getTime());
    expect(after.has(own.id)).toBe(true);
    expect(await rowCounts(user.id)).toEqual({ ...countsBefore, companies: countsBefore.companies + 1, importRuns: 2 });
  });

  it("an answer written in the app survives a re-import of the same file", async () => {
    const user = await createTestUser();
    await applyImport(user.id, input);
    const placeholder = await db.question.findFirstOrThrow({
      where: { userId: user.id, placeholder: true, set: { slug: "transformer" } },
      orderBy: { position: "asc" },
      select: { id: true, version: true },
    });
    await updateQuestion(user.id, { questionId: placeholder.id, title: "多头注意力的复杂度", answerMd: "O(n²d)", version: placeholder.version });
    const again = await applyImport(user.id, input);
    expect(again.nothingChanged).toBe(true);
    expect(await db.question.findUniqueOrThrow({ where: { id: placeholder.id }, select: { answerMd: true } })).toEqual({ answerMd: "O(n²d)" });
  });

  it("a confirmed merge becomes an alias, and the pipeline wins over the tier annotation", async () => {
    const user = await createTestUser();
    const decisions = [
      { a: "饿了么", b: "饿了吗", accept: true },
      { a: "海康威视", b: "海康", accept: true },
      { a: "西山居游戏", b: "西山居", accept: false },
      { a: "Bilibili", b: "B站", accept: false },
    ];
    const report = await applyImport(user.id, { ...input, decisions });
    expect(report.created.companies).toBe(summary.companies - 2);
    expect(report.conflicts).toContainEqual(expect.objectContaining({ companyName: "饿了么", reasons: expect.arrayContaining([expect.objectContaining({ key: "conflicts.pipelineWins" })]) }));
    const eleme = await db.company.findFirstOrThrow({
      where: { userId: user.id, name: "饿了么" },
      select: { tier: true, aliases: true, applications: { select: { outcome: true, stage: true } } },
    });
    expect(eleme).toEqual({ tier: "A", aliases: ["饿了吗"], applications: [{ outcome: "REJECTED", stage: "WRITTEN_TEST" }] });
    expect(await db.company.count({ where: { userId: user.id, name: { in: ["西山居", "B站"] }, tier: null } })).toBe(2);
    const again = await previewImport(user.id, input);
    expect(again.suggestedMerges).toEqual([]);
    expect(again.nothingChanged).toBe(true);
  });

  it("a failure midway writes nothing", async () => {
    const user = await createTestUser();
    // A real failure inside the transaction, after companies and applications are written.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION import_test_fail() RETURNS trigger AS $$
      BEGIN
        IF NEW."userId" = '${user.id}' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER import_test_fail BEFORE INSERT ON "Question" FOR EACH ROW EXECUTE FUNCTION import_test_fail()`);
    try {
      await expect(applyImport(user.id, input)).rejects.toThrow(/injected failure/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER import_test_fail ON "Question"`);
      await db.$executeRawUnsafe(`DROP FUNCTION import_test_fail()`);
    }
    expect(await rowCounts(user.id)).toEqual({ sets: 0, questions: 0, companies: 0, applications: 0, stageEvents: 0, importRuns: 0 });
    expect((await applyImport(user.id, input)).applied).toBe(true);
  });

  it("keeps users apart: one user's import leaves another's data as it was", async () => {
    const [a, b] = [await createTestUser(), await createTestUser()];
    await applyImport(a.id, input);
    const before = await updatedAtById(a.id);
    const report = await applyImport(b.id, input);
    expect(report.created.companies).toBe(summary.companies);
    expect(await updatedAtById(a.id)).toEqual(before);
  });
});

describe("bad input", { timeout: 60_000 }, () => {
  const reason = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof AppError ? error.messageKey : String(error);
    }
    return null;
  };

  it("refuses binary, oversized, empty and wrongly named files with a clear reason", () => {
    expect(reason(() => readNotesFile("notes.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])))).toBe("import.errors.binary");
    expect(reason(() => readNotesFile("notes.md", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61)))).toBe("import.errors.tooLarge");
    expect(reason(() => readNotesFile("notes.md", new Uint8Array()))).toBe("import.errors.empty");
    expect(reason(() => readNotesFile("notes.pdf", new TextEncoder().encode("# a")))).toBe("import.errors.extension");
  });

  it("reads UTF-8 with a BOM and CRLF the same as plain UTF-8, and converts GBK", () => {
    const plain = readNotesFile("a.md", new TextEncoder().encode("# 数据库\n\n1. 索引？\n"));
    const bom = readNotesFile("a.md", new TextEncoder().encode("\ufeff# 数据库\r\n\r\n1. 索引？\r\n"));
    expect(bom).toEqual(plain);
    // "# 数据库\n" in GBK.
    const gbk = new Uint8Array([0x23, 0x20, 0xca, 0xfd, 0xbe, 0xdd, 0xbf, 0xe2, 0x0a]);
    expect(readNotesFile("a.md", gbk)).toMatchObject({ text: "# 数据库\n", encoding: "GB18030" });
  });

  it("refuses a file with no recognisable structure and writes nothing", async () => {
    const user = await createTestUser();
    await expect(applyImport(user.id, notesInput("just some text\nwithout headings\n"))).rejects.toMatchObject({ messageKey: "import.errors.noStructure" });
    expect(await rowCounts(user.id)).toMatchObject({ sets: 0, companies: 0, importRuns: 0 });
  });
});
