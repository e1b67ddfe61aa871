import { beforeAll, describe, expect, it } from "vitest";

import { startedCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { poll, shoot, stored, undoFromToast } from "@/tests/helpers/undo";
import type { TTestUser } from "@/tests/helpers/users";

// Undo on the lists: a bulk tier on the companies table is undone company by company, and a
// drag on the board from its toast; a backward drag on the board points at the timeline.

describe("undo on the companies table and the board", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  const tierIds: string[] = [];

  beforeAll(async () => {
    const { createCompany } = await import("@/lib/services/companies");
    owner = await suite.createTestUser("撤销人");
    for (const [name, tier] of [["米哈游", "A"], ["网易", "C"]] as const) tierIds.push((await createCompany(owner.id, { name, tier })).id);
  });

  it("undoes a bulk tier, giving each company its own tier back", async () => {
    const { db } = await import("@/lib/db");
    const tiers = async () => (await db.company.findMany({ where: { id: { in: tierIds } }, orderBy: { name: "asc" }, select: { name: true, tier: true } }));
    const before = await tiers();
    const page = await signedInPage(suite.browser, owner, { width: 1440 });
    await page.goto("/companies");
    for (const name of ["米哈游", "网易"]) await page.getByRole("checkbox", { name: `选择 ${name}` }).check();
    await page.getByRole("button", { name: "设置分级" }).click();
    await page.getByRole("menuitem", { name: "B", exact: true }).click();
    await page.getByText("已将 2 家公司设为 B").waitFor();
    await poll(async () => (await tiers()).map((company) => company.tier)).toEqual(["B", "B"]);
    await shoot(page, "undo-tier-toast-zh-1440");
    await undoFromToast(page);
    await page.getByText("已恢复原来的分级").waitFor();
    expect(await tiers()).toEqual(before);
    await page.context().close();
  });

  it("undoes a drag on the board from its toast; a backward drag points at the timeline", async () => {
    const { companyId: meituan } = await startedCompany(owner.id, { name: "美团", tier: "B" }, { type: "advance", stage: "APPLIED" });
    const before = await stored(meituan);
    const page = await signedInPage(suite.browser, owner, { width: 1440 });
    await page.goto("/board");
    const cardIn = (column: string) => page.locator(`[data-testid="board-column"][data-column="${column}"] [data-testid="board-card"][data-company="美团"]`);
    const drag = async (fromColumn: string, toColumn: string) => {
      const from = (await cardIn(fromColumn).boundingBox())!;
      const to = (await page.locator(`[data-testid="board-column"][data-column="${toColumn}"]`).boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
      await page.mouse.move(to.x + 40, to.y + 60, { steps: 15 });
      await page.mouse.up();
    };
    await cardIn("APPLIED").waitFor();
    await drag("APPLIED", "ASSESSMENT");
    await cardIn("ASSESSMENT").waitFor();
    await poll(async () => (await stored(meituan))[0]!.stage).toBe("ASSESSMENT");
    await page.getByRole("button", { name: "撤销", exact: true }).waitFor();
    await shoot(page, "undo-board-toast-zh-1440");
    await undoFromToast(page);
    await page.getByText("已撤销").waitFor();
    await cardIn("APPLIED").waitFor();
    expect(await stored(meituan)).toEqual(before);

    // A backward drag says where a mistaken step can be edited or deleted, and moves nothing.
    await drag("APPLIED", "TO_APPLY");
    await page.getByText("阶段不能往回退；记错了请打开这家公司，在投递记录的时间线里编辑或删除对应的环节。").waitFor();
    expect(await stored(meituan)).toEqual(before);
    await page.context().close();
  });
});
