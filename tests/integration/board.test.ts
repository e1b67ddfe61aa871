import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { startApplication } from "@/lib/services/applications";
import { BOARD_COLUMN_LIMIT, listBoard } from "@/lib/services/board";
import { createCompany } from "@/lib/services/companies";
import { createTestUser } from "@/tests/helpers/users";

describe("board", () => {
  it("shows at most BOARD_COLUMN_LIMIT cards per column, most recently changed first, with the full count", async () => {
    const { id: userId } = await createTestUser();
    const total = BOARD_COLUMN_LIMIT + 3;
    for (let i = 0; i < total; i++) {
      const name = `公司${String(i).padStart(2, "0")}`;
      await db.company.create({
        data: { userId, name, normalizedName: name, tier: i % 2 === 0 ? "A" : "B", updatedAt: new Date(Date.UTC(2026, 0, 1 + i)) },
      });
    }
    const board = await listBoard(userId);
    expect(board.counts).toEqual({ TO_APPLY: total });
    expect(board.cards).toHaveLength(BOARD_COLUMN_LIMIT);
    expect(board.cards[0]).toMatchObject({ name: `公司${total - 1}`, column: "TO_APPLY", applicationId: null, prep: { done: 0, total: 0, percent: 0 } });

    const tierA = await listBoard(userId, { tiers: ["A"], q: "" });
    expect(tierA.counts).toEqual({ TO_APPLY: Math.ceil(total / 2) });
    expect(tierA.cards.every((card) => card.tier === "A")).toBe(true);
  });

  it("finds a card beyond a column's first cards by name, alias, pinyin or initials, and counts what it keeps", async () => {
    const { id: userId } = await createTestUser();
    await createCompany(userId, { name: "字节跳动", tier: "S", aliases: ["ByteDance"] });
    const others = ["阿里巴巴", "腾讯", "美团", "京东", "百度", "华为", "小米", "网易", "快手", "拼多多", "滴滴", "携程"];
    expect(others.length).toBeGreaterThan(BOARD_COLUMN_LIMIT);
    for (const name of others) await createCompany(userId, { name, tier: "A" });
    const all = await listBoard(userId);
    expect(all.cards.map((card) => card.name)).not.toContain("字节跳动");
    for (const q of ["字节", "zjtd", "zi jie", "bytedance"]) {
      const found = await listBoard(userId, { tiers: [], q });
      expect(found.cards.map((card) => card.name), q).toEqual(["字节跳动"]);
      expect(found.counts, q).toEqual({ TO_APPLY: 1 });
    }
    expect((await listBoard(userId, { tiers: ["S"], q: "zjtd" })).counts).toEqual({ TO_APPLY: 1 });
    expect((await listBoard(userId, { tiers: ["A"], q: "zjtd" })).cards).toEqual([]);
  });

  it("dates a card by its next event, or with none coming by its latest past one", async () => {
    const { id: userId } = await createTestUser();
    const tz = { timeZone: "Asia/Shanghai" };
    const past = await createCompany(userId, { name: "美团", tier: "A" });
    const future = await createCompany(userId, { name: "京东", tier: "A" });
    const advance = (scheduledAt: string) => ({ type: "advance" as const, stage: "WRITTEN_TEST" as const, scheduledAt });
    await startApplication(userId, { companyId: past.id, role: "", command: advance("2026-04-01T19:00") }, tz);
    await startApplication(userId, { companyId: future.id, role: "", command: advance("2026-06-01T19:00") }, tz);
    const board = await listBoard(userId, { tiers: [], q: "" }, new Date("2026-05-01T00:00:00Z"));
    const card = (name: string) => board.cards.find((c) => c.name === name);
    expect(card("美团")).toMatchObject({
      nextEvent: null,
      lastEvent: { stage: "WRITTEN_TEST", at: new Date("2026-04-01T11:00:00Z") },
    });
    expect(card("京东")).toMatchObject({
      nextEvent: { stage: "WRITTEN_TEST", at: new Date("2026-06-01T11:00:00Z") },
      lastEvent: null,
    });
  });
});
