import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { archiveCompanies, createCompany, restoreCompanies } from "@/lib/services/companies";
import { listCompanyTable } from "@/lib/services/companies-table";
import { linkSetToCompanies, unlinkSetFromCompanies } from "@/lib/services/prep-links";
import { createSet } from "@/lib/services/questions";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { createTestUser } from "@/tests/helpers/users";

// The companies table's bulk actions beyond tier and archive: link one question set to the
// selected companies (and undo it), and the archived view with restore. Two users throughout.

const query = (params: Record<string, string> = {}) => ZCompanyTableQuery.parse({ sort: "name", dir: "asc", ...params });
const names = async (userId: string, params: Record<string, string> = {}) =>
  (await listCompanyTable(userId, query(params))).rows.map((row) => row.name);
const linkedTo = async (setId: string) =>
  (await db.companySet.findMany({ where: { setId }, select: { companyId: true } })).map((link) => link.companyId).sort();

/**
 * Before the block's tests: an owner with `companies` (name and tier) and another user with one
 * company, 别人的公司 (tier S); `ids` holds each company's id by name.
 */
function ownerAndOther(companies: [string, "S" | "A" | "B" | null][]) {
  const users = { owner: "", other: "", ids: {} as Record<string, string> };
  beforeAll(async () => {
    users.owner = (await createTestUser()).id;
    users.other = (await createTestUser()).id;
    for (const [name, tier] of companies) users.ids[name] = (await createCompany(users.owner, { name, tier })).id;
    users.ids["别人的公司"] = (await createCompany(users.other, { name: "别人的公司", tier: "S" })).id;
  });
  return users;
}

describe("bulk link of a question set to selected companies", () => {
  const users = ownerAndOther([["字节跳动", "S"], ["阿里", "S"], ["美团", "A"], ["快手", "B"]]);
  const { ids } = users;
  let llm: string;
  let othersSet: string;

  beforeAll(async () => {
    llm = (await createSet(users.owner, { title: "LLM" })).id;
    for (const position of [1, 2]) {
      await db.question.create({ data: { userId: users.owner, setId: llm, position, title: `Q${position}`, contentHash: `llm-${position}` } });
    }
    othersSet = (await createSet(users.other, { title: "别人的题库" })).id;
  });

  it("links the set to the selection in one go and returns only the companies newly linked", async () => {
    const first = await linkSetToCompanies(users.owner, { setId: llm, ids: [ids["字节跳动"]!, ids["阿里"]!] });
    expect(first.sort()).toEqual([ids["字节跳动"]!, ids["阿里"]!].sort());
    const second = await linkSetToCompanies(users.owner, { setId: llm, ids: [ids["字节跳动"]!, ids["阿里"]!, ids["美团"]!, ids["美团"]!] });
    expect(second).toEqual([ids["美团"]]);
    expect(await linkedTo(llm)).toEqual([ids["字节跳动"]!, ids["阿里"]!, ids["美团"]!].sort());
  });

  it("shows the linked set as prep progress in the table (0% of its questions known)", async () => {
    const rows = (await listCompanyTable(users.owner, query())).rows;
    expect(rows.find((row) => row.name === "美团")?.prep).toBe(0);
    expect(rows.find((row) => row.name === "快手")?.prep).toBeNull();
  });

  it("undoes by removing just the links that were added", async () => {
    expect(await unlinkSetFromCompanies(users.owner, { setId: llm, ids: [ids["美团"]!] })).toBe(1);
    expect(await linkedTo(llm)).toEqual([ids["字节跳动"]!, ids["阿里"]!].sort());
  });

  it("changes nothing when one id is another user's company, or the set is another user's", async () => {
    await expect(
      linkSetToCompanies(users.owner, { setId: llm, ids: [ids["快手"]!, ids["别人的公司"]!] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkSetToCompanies(users.owner, { setId: othersSet, ids: [ids["快手"]!] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkSetToCompanies(users.other, { setId: llm, ids: [ids["别人的公司"]!] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await linkedTo(llm)).toEqual([ids["字节跳动"]!, ids["阿里"]!].sort());
    expect(await linkedTo(othersSet)).toEqual([]);
  });

  it("does not let another user unlink the owner's links", async () => {
    expect(await unlinkSetFromCompanies(users.other, { setId: llm, ids: [ids["字节跳动"]!, ids["阿里"]!] })).toBe(0);
    expect(await linkedTo(llm)).toHaveLength(2);
  });
});

describe("the archived view", () => {
  const users = ownerAndOther([["网易", "A"], ["快手", "B"], ["京东", null]]);
  const { ids } = users;

  it("lists only archived companies with ?archived=1, with counts of both views", async () => {
    await archiveCompanies(users.owner, [ids["网易"]!, ids["京东"]!]);
    const archived = await listCompanyTable(users.owner, query({ archived: "1" }));
    expect(archived.rows.map((row) => row.name)).toEqual(["京东", "网易"]);
    expect(archived).toMatchObject({ total: 2, archivedCount: 2, tierCounts: { A: 1, NONE: 1, B: 0 } });
    const active = await listCompanyTable(users.owner, query());
    expect(active.rows.map((row) => row.name)).toEqual(["快手"]);
    expect(active.archivedCount).toBe(2);
    expect(await names(users.owner, { archived: "1", tier: "A" })).toEqual(["网易"]);
    expect(await names(users.owner, { archived: "1", q: "wy" })).toEqual(["网易"]);
  });

  it("restores in bulk (the archived view's action), and keeps users apart", async () => {
    expect(await names(users.other, { archived: "1" })).toEqual([]);
    await expect(restoreCompanies(users.other, [ids["网易"]!])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await names(users.owner, { archived: "1" })).toEqual(["京东", "网易"]);
    expect(await restoreCompanies(users.owner, [ids["网易"]!, ids["京东"]!])).toBe(2);
    expect(await names(users.owner, { archived: "1" })).toEqual([]);
    expect(await names(users.owner)).toEqual(["京东", "快手", "网易"].sort((a, b) => a.localeCompare(b, "en")));
    expect((await listCompanyTable(users.owner, query())).archivedCount).toBe(0);
  });
});
