import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { moveApplication, startApplication } from "@/lib/services/applications";
import {
  archiveCompanies,
  createCompany,
  getCompanyDetail,
  restoreCompanies,
  saveTablePreferences,
  setCompaniesTier,
  updateCompany,
} from "@/lib/services/companies";
import { findDuplicateCompanies } from "@/lib/services/companies-duplicates";
import { listCompanyTable } from "@/lib/services/companies-table";
import { setMastery } from "@/lib/services/questions-items";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { createTestUser } from "@/tests/helpers/users";

const TZ = { timeZone: "Asia/Shanghai" };
const query = (params: Record<string, string> = {}) => ZCompanyTableQuery.parse(params);

describe("companies table (one SQL statement)", () => {
  let userId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    for (const [name, tier, aliases] of [
      ["字节跳动", "S", ["ByteDance"]],
      ["腾讯", "S", []],
      ["米哈游", "A", []],
      ["小红书", null, ["XHS"]],
    ] as const) {
      ids[name] = (await createCompany(userId, { name, tier, aliases: [...aliases] })).id;
    }
    const app = await startApplication(userId, { companyId: ids["米哈游"]!, role: "" }, TZ);
    const applied = await moveApplication(
      userId,
      { applicationId: app.id, version: app.version, command: { type: "advance", stage: "APPLIED" } },
      TZ,
    );
    await moveApplication(
      userId,
      {
        applicationId: app.id,
        version: applied.version,
        command: { type: "advance", stage: "WRITTEN_TEST", scheduledAt: "2099-04-01T19:00" },
      },
      TZ,
    );
  });

  it("lists with tier counts, derived stage and the next event in the user's time zone", async () => {
    const page = await listCompanyTable(userId, query({ sort: "name", dir: "asc" }));
    expect(page.total).toBe(4);
    expect(page.tierCounts).toMatchObject({ S: 2, A: 1, NONE: 1, B: 0 });
    const mihoyo = page.rows.find((row) => row.name === "米哈游");
    expect(mihoyo).toMatchObject({ stage: "WRITTEN_TEST", outcome: "ACTIVE", prep: null });
    expect(mihoyo?.nextEvent?.at.toISOString()).toBe("2099-04-01T11:00:00.000Z");
    expect(page.rows.find((row) => row.name === "腾讯")).toMatchObject({ stage: "TO_APPLY", outcome: null, nextEvent: null });
    expect(page.preferences).toEqual({ density: "comfortable", hidden: [] });
  });

  it("shows a company's newest application, with a search and without", async () => {
    const { id: owner } = await createTestUser();
    const { id: companyId } = await createCompany(owner, { name: "网易雷火", tier: "A", aliases: [] });
    const first = await startApplication(owner, { companyId, role: "游戏策划" }, TZ);
    const applied = await moveApplication(owner, { applicationId: first.id, version: first.version, command: { type: "advance", stage: "APPLIED" } }, TZ);
    await moveApplication(owner, { applicationId: first.id, version: applied.version, command: { type: "markRejected" } }, TZ);
    const second = await startApplication(owner, { companyId, role: "游戏开发", useRevival: true }, TZ);
    await moveApplication(
      owner,
      { applicationId: second.id, version: second.version, command: { type: "advance", stage: "INTERVIEW", scheduledAt: "2099-04-02T10:00" } },
      TZ,
    );
    const searches: Record<string, string>[] = [{}, { q: "网易" }, { q: "wyl" }];
    for (const params of searches) {
      const page = await listCompanyTable(owner, query(params));
      expect(page.rows.map((row) => [row.name, row.stage, row.outcome]), JSON.stringify(params)).toEqual([["网易雷火", "INTERVIEW", "ACTIVE"]]);
    }
  });

  it("filters by tiers (several, and 未分级), text, pinyin, initials and stage", async () => {
    const names = async (params: Record<string, string>) =>
      (await listCompanyTable(userId, query({ sort: "name", dir: "asc", ...params }))).rows.map((row) => row.name).sort();
    expect(await names({ tier: "S" })).toEqual(["字节跳动", "腾讯"].sort());
    expect(await names({ tier: "A,NONE" })).toEqual(["小红书", "米哈游"].sort());
    expect(await names({ q: "zjtd" })).toEqual(["字节跳动"]);
    expect(await names({ q: "Zi Jie" })).toEqual(["字节跳动"]);
    expect(await names({ q: "bytedance" })).toEqual(["字节跳动"]);
    expect(await names({ q: "ｘｈｓ" })).toEqual(["小红书"]);
    expect(await names({ q: "哈" })).toEqual(["米哈游"]);
    expect(await names({ stage: "WRITTEN_TEST" })).toEqual(["米哈游"]);
    expect(await names({ stage: "TO_APPLY", tier: "S" })).toEqual(["字节跳动", "腾讯"].sort());
    expect(await names({ outcome: "ACTIVE" })).toEqual(["米哈游"]);
    const filtered = await listCompanyTable(userId, query({ q: "zjtd" }));
    expect(filtered.tierCounts).toMatchObject({ S: 1, A: 0 });
  });

  it("sorts by the whitelisted keys and paginates", async () => {
    const byNext = await listCompanyTable(userId, query({ sort: "nextEvent", dir: "asc" }));
    expect(byNext.rows[0]?.name).toBe("米哈游");
    const byTier = await listCompanyTable(userId, query({ sort: "tier", dir: "asc" }));
    expect(byTier.rows.map((row) => row.tier)).toEqual(["S", "S", "A", null]);
    const byPrep = await listCompanyTable(userId, query({ sort: "prep" }));
    expect(byPrep.rows).toHaveLength(4);
    const second = await listCompanyTable(userId, query({ sort: "name", size: "25", page: "2" }));
    expect(second).toMatchObject({ total: 4, rows: [] });
    expect(query({ sort: "password; DROP TABLE", dir: "sideways", page: "-3" })).toMatchObject({
      sort: "lastActivity",
      dir: "desc",
      page: 1,
    });
  });

  it("computes prep progress from linked questions known and tasks done", async () => {
    const set = await db.questionSet.create({ data: { userId, title: "Transformer", slug: `t-${userId}` } });
    const [q1] = await Promise.all(
      [1, 2, 3].map((position) =>
        db.question.create({ data: { userId, setId: set.id, position, title: `Q${position}`, contentHash: `h${position}` } }),
      ),
    );
    await db.companySet.create({ data: { userId, companyId: ids["腾讯"]!, setId: set.id } });
    await setMastery(userId, { questionId: q1!.id, status: "KNOWN" });
    await db.prepTask.create({ data: { userId, companyId: ids["腾讯"]!, title: "反问", done: true } });
    const page = await listCompanyTable(userId, query({ q: "腾讯" }));
    expect(page.rows[0]?.prep).toBe(50);
    const byPrep = await listCompanyTable(userId, query({ sort: "prep", dir: "desc" }));
    expect(byPrep.rows[0]?.name).toBe("腾讯");
  });

  it("remembers column visibility and density per user", async () => {
    await saveTablePreferences(userId, { density: "compact", hidden: ["prep"] });
    expect((await listCompanyTable(userId, query())).preferences).toEqual({ density: "compact", hidden: ["prep"] });
  });
});

describe("company writes", () => {
  it("refuses exact duplicates and warns on near ones (饿了么 / 饿了吗) until confirmed", async () => {
    const { id: userId } = await createTestUser();
    await createCompany(userId, { name: "饿了么", tier: "B", aliases: ["Ele.me"] });
    await expect(createCompany(userId, { name: " 饿了么有限公司 ", tier: null })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "companies.duplicateExact",
    });
    await expect(createCompany(userId, { name: "ELE.ME", tier: null })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createCompany(userId, { name: "饿了吗", tier: null })).rejects.toMatchObject({
      messageKey: "companies.duplicateNear",
      details: { duplicates: [expect.objectContaining({ name: "饿了么", kind: "SIMILAR" })] },
    });
    expect(await db.company.count({ where: { userId } })).toBe(1);
    await createCompany(userId, { name: "饿了吗", tier: null, confirmNear: true });
    expect(await findDuplicateCompanies(userId, "ｅｌｅ．ｍｅ")).toEqual([expect.objectContaining({ kind: "EXACT" })]);
  });

  it("edits with a version check and keeps pinyin search current", async () => {
    const { id: userId } = await createTestUser();
    const { id } = await createCompany(userId, { name: "美团", tier: "A" });
    const saved = await updateCompany(userId, { id, version: 1, name: "美团外卖", aliases: ["Meituan"] });
    expect(saved).toMatchObject({ name: "美团外卖", version: 2 });
    await expect(updateCompany(userId, { id, version: 1, tier: "S" })).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { company: expect.objectContaining({ name: "美团外卖", version: 2 }) },
    });
    const page = await listCompanyTable(userId, query({ q: "mtwm" }));
    expect(page.rows.map((row) => row.name)).toEqual(["美团外卖"]);
  });

  it("bulk-sets tiers, archives and restores (undo)", async () => {
    const { id: userId } = await createTestUser();
    const a = await createCompany(userId, { name: "网易", tier: null });
    const b = await createCompany(userId, { name: "快手", tier: "C" });
    expect(await setCompaniesTier(userId, [a.id, b.id], "A")).toHaveLength(2);
    expect((await listCompanyTable(userId, query({ tier: "A" }))).total).toBe(2);
    await archiveCompanies(userId, [a.id]);
    expect((await listCompanyTable(userId, query())).rows.map((row) => row.name)).toEqual(["快手"]);
    await restoreCompanies(userId, [a.id]);
    expect((await listCompanyTable(userId, query())).total).toBe(2);
    expect((await getCompanyDetail(userId, a.id)).archivedAt).toBeNull();
  });
});
