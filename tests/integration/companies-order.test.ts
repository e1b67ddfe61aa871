import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { parseNotes } from "@/lib/notes";
import { createCompany, updateCompany } from "@/lib/services/companies";
import { findDuplicateCompanies } from "@/lib/services/companies-duplicates";
import { listCompanyTable } from "@/lib/services/companies-table";
import { exportApplicationsCsv } from "@/lib/services/export-text";
import { applyImport, previewImport } from "@/lib/services/import";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { createTestUser } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

// The companies table's order (pinyin names, the tier list's order as the tiebreak), the
// duplicate rule for region-qualified names, long searches, and the CSV of every company.

const query = (params: Record<string, string> = {}) => ZCompanyTableQuery.parse(params);
const names = async (userId: string, params: Record<string, string>) =>
  (await listCompanyTable(userId, query({ size: "100", ...params }))).rows.map((row) => row.name);

/** The real notes' tier list in the order it is written (companies only the pipeline names left out). */
function tierListNames(): string[] {
  const parsed = parseNotes(fixtureText(), { year: 2026, timeZone: "Asia/Shanghai", confirmedAliases: [] });
  return parsed.companies.filter((company) => company.source !== "PIPELINE").map((company) => company.name);
}

describe("company names sort as people read them", () => {
  it("Chinese by pinyin, Latin without regard to case, descending the exact reverse", async () => {
    const { id: userId } = await createTestUser();
    for (const name of ["字节跳动", "Zoom", "apple", "腾讯", "百度", "阿里巴巴", "bilibili", "重庆银行", "美团"]) {
      await createCompany(userId, { name, tier: null, aliases: [] });
    }
    const ascending = ["阿里巴巴", "百度", "重庆银行", "美团", "腾讯", "字节跳动", "apple", "bilibili", "Zoom"];
    expect(await names(userId, { sort: "name", dir: "asc" })).toEqual(ascending);
    expect(await names(userId, { sort: "name", dir: "desc" })).toEqual([...ascending].reverse());
  });

  it("the (userId, name) index is in pinyin order", async () => {
    const [index] = await db.$queryRaw<{ definition: string }[]>`
      SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
      WHERE i.indexrelid = '"Company_userId_name_idx"'::regclass`;
    expect(index?.definition).toContain('name COLLATE "zh-x-icu"');
  });
});

describe("after an import of the real notes", { timeout: 120_000 }, () => {
  it("the default order is the tier list's (every company changed at the same instant)", async () => {
    const { id: userId } = await createTestUser();
    await applyImport(userId, notesInput(fixtureText()));
    const listed = tierListNames();
    expect(listed).toHaveLength(253);
    const first = await listCompanyTable(userId, query());
    // No suggested merge accepted: every spelling is a company of its own.
    expect(first.total).toBe(262);
    expect(new Set(first.rows.map((row) => row.lastActivity.getTime())).size).toBe(1);
    expect(first.rows.map((row) => row.name)).toEqual(listed.slice(0, 25));
    // The same tiebreak on every page.
    expect(await names(userId, { page: "2" })).toEqual(listed.slice(100, 200));
    // A page past the end is empty, by any sort (its position is passed as a value there).
    for (const sort of ["lastActivity", "nextEvent"]) expect(await names(userId, { page: "10000", sort })).toEqual([]);
    // Within a tier, sorting by tier keeps the notes' order too.
    const byTier = (await listCompanyTable(userId, query({ sort: "tier", dir: "asc", tier: "S" }))).rows.map((row) => row.name);
    expect(byTier).toEqual(listed.slice(0, byTier.length));
    // A re-import of the same file changes nothing, the order included.
    expect((await applyImport(userId, notesInput(fixtureText()))).nothingChanged).toBe(true);
  });

  it("the CSV lists every company with tier, tier-list order, 复活甲 and next event", async () => {
    const { id: userId } = await createTestUser();
    // As the person did: every suggested merge accepted (262 spellings → 258 companies).
    const preview = await previewImport(userId, notesInput(fixtureText()));
    const decisions = preview.suggestedMerges.map((merge) => ({ a: merge.a, b: merge.b, accept: true }));
    const report = await applyImport(userId, { ...notesInput(fixtureText()), decisions });
    expect(await db.company.count({ where: { userId } })).toBe(258);
    const qualcomm = await db.application.findFirstOrThrow({ where: { userId, company: { name: "Qualcomm" } }, select: { id: true } });
    await db.application.update({ where: { id: qualcomm.id }, data: { notes: '=HYPERLINK("http://x.test")', role: "@SUM(A1)" } });
    const csv = await exportApplicationsCsv(userId, new Date("2026-03-01T00:00:00Z"));
    expect(csv.startsWith("\ufeff公司,分级,分级清单顺序,复活甲,阶段,结果,下一场,岗位,投递时间,结束时间,流程,备注,归档时间\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n").slice(1);
    const withApplications = await db.company.count({ where: { userId, applications: { some: {} } } });
    expect(withApplications).toBe(56);
    // One row per application, and one for each of the 202 companies without one.
    expect(lines).toHaveLength(report.created.applications + 258 - 56);
    expect(new Set(lines.map((line) => line.split(",")[0])).size).toBe(258);
    expect(lines[0]).toMatch(/^阿里巴巴,S,1,,/);
    expect(lines[1]).toMatch(/^腾讯,S,2,是,/);
    expect(lines.filter((line) => line.split(",")[3] === "是").length).toBeGreaterThanOrEqual(3);
    expect(lines.find((line) => line.startsWith("Qualcomm,"))).toBe(
      `Qualcomm,未分级,,,笔试,进行中,笔试 2026-04-01 19:00,"'@SUM(A1)",,,投递 — 笔试(2026-04-01 19:00),"'=HYPERLINK(""http://x.test"")",`,
    );
    expect(lines).toContain("雪梦科技,未分级,,,面试,挂,,,,,面试 挂,,");
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
  });
});

describe("a company name with a region qualifier", () => {
  it("is a near duplicate the person may add anyway; the same name with its qualifier stays exact", async () => {
    const { id: userId } = await createTestUser();
    const bytedance = await createCompany(userId, { name: "字节跳动", tier: "S", aliases: [] });
    expect(await findDuplicateCompanies(userId, "字节跳动（北京）")).toEqual([{ id: bytedance.id, name: "字节跳动", kind: "REGION" }]);
    await expect(createCompany(userId, { name: "字节跳动（北京）", tier: null, aliases: [] })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "companies.duplicateNear",
    });
    const beijing = await createCompany(userId, { name: "字节跳动（北京）", tier: null, aliases: [], confirmNear: true });
    expect(await names(userId, { sort: "name", dir: "asc" })).toEqual(["字节跳动", "字节跳动（北京）"]);
    await expect(createCompany(userId, { name: "字节跳动(北京)", tier: null, aliases: [], confirmNear: true })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "companies.duplicateExact",
    });
    // A rename into a region-qualified name beside the unqualified one keeps both.
    const other = await createCompany(userId, { name: "飞书", tier: null, aliases: [] });
    const renamed = await updateCompany(userId, { id: other.id, version: 1, name: "字节跳动（上海）" });
    expect(renamed.name).toBe("字节跳动（上海）");
    expect(await db.company.count({ where: { userId } })).toBe(3);
    // The qualified name first, the plain one added anyway after it: both are kept.
    await createCompany(userId, { name: "美团（上海）", tier: null, aliases: [] });
    await createCompany(userId, { name: "美团", tier: null, aliases: [], confirmNear: true });
    expect(await names(userId, { sort: "name", dir: "asc", q: "美团" })).toEqual(["美团", "美团（上海）"]);
    expect(beijing.id).not.toBe(bytedance.id);
  });
});

describe("a long search", () => {
  it("searches by its first 100 characters instead of being ignored", async () => {
    const { id: userId } = await createTestUser();
    await createCompany(userId, { name: "字节跳动", tier: "S", aliases: [] });
    await createCompany(userId, { name: "腾讯", tier: "S", aliases: [] });
    const long = `字节${"x".repeat(298)}`;
    const parsed = query({ q: long });
    expect(parsed.q).toBe(long.slice(0, 100));
    expect(await names(userId, { q: long })).toEqual([]);
    expect(await names(userId, { q: `zjtd${" ".repeat(200)}` })).toEqual(["字节跳动"]);
  });
});
