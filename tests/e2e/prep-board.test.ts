import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// The board shows at most BOARD_COLUMN_LIMIT cards per column with a link to the rest, and a
// card moves by keyboard (笔试 asks for the date first). A prep task is renamed in place (Enter
// saves, Esc cancels, an empty title is refused), and deleted starter tasks stay deleted.

const NAMES = ["字节跳动", "阿里巴巴", "腾讯", "美团", "京东", "百度", "华为", "小米", "网易", "快手", "拼多多", "滴滴"];

/** Presses keys one by one, giving dnd-kit time to measure and move between them. */
async function keys(page: Page, names: string[]) {
  for (const name of names) {
    await page.keyboard.press(name);
    await page.waitForTimeout(300);
  }
}

const column = (page: Page, id: string) => page.locator(`[data-testid="board-column"][data-column="${id}"]`);

describe("board and prep tasks", () => {
  const suite = browserSuite();
  let user: TTestUser;
  let limit = 0;
  let firstCompanyId = "";

  beforeAll(async () => {
    const { createCompany } = await import("@/lib/services/companies");
    const { BOARD_COLUMN_LIMIT } = await import("@/lib/services/board");
    limit = BOARD_COLUMN_LIMIT;
    user = await suite.createTestUser("看板人");
    for (const name of NAMES) {
      const { id } = await createCompany(user.id, { name, tier: "A" });
      firstCompanyId ||= id;
    }
  });

  it("shows the first cards of a column with a link to the rest, and moves a card by keyboard", async () => {
    expect(NAMES.length).toBeGreaterThan(limit);
    const page = await signedInPage(suite.browser, user);
    await page.goto("/board");
    const toApply = column(page, "TO_APPLY");
    await toApply.getByTestId("board-card").first().waitFor();
    expect(await toApply.getByTestId("board-card").count()).toBe(limit);
    const more = toApply.getByTestId("board-more");
    expect(await more.innerText()).toContain(String(NAMES.length - limit));
    expect(await more.getAttribute("href")).toBe("/companies?stage=TO_APPLY");
    // The link lists every company of the column, not only the cards shown.
    await more.click();
    await page.waitForURL("**/companies?stage=TO_APPLY");
    await page.getByText(`共 ${NAMES.length} 家`).waitFor();
    await page.goto("/board");
    await toApply.getByTestId("board-card").first().waitFor();

    // Space picks the card up, → moves one column right, Space drops it: 投递 needs no date.
    const card = toApply.getByTestId("board-card").first();
    const name = (await card.getAttribute("data-company"))!;
    await card.focus();
    await keys(page, ["Space", "ArrowRight", "Space"]);
    await column(page, "APPLIED").locator(`[data-testid="board-card"][data-company="${name}"]`).waitFor();
    await page.getByText(`${name} → 投递`).waitFor();

    // Two more columns right is 笔试: the date is asked first.
    await page.reload();
    const applied = column(page, "APPLIED").locator(`[data-testid="board-card"][data-company="${name}"]`);
    await applied.focus();
    await keys(page, ["Space", "ArrowRight", "ArrowRight", "Space"]);
    await page.getByRole("dialog").getByLabel("日期和时间").waitFor();
    await page.keyboard.press("Escape");
    await page.reload();
    await column(page, "APPLIED").locator(`[data-testid="board-card"][data-company="${name}"]`).waitFor();
    expect(await column(page, "WRITTEN_TEST").getByTestId("board-card").count()).toBe(0);
    await page.context().close();
  });

  it("renames a task in place and keeps deleted starter tasks deleted", async () => {
    const page = await signedInPage(suite.browser, user);
    await page.goto(`/companies/${firstCompanyId}/prep`);
    const tasks = page.getByRole("region", { name: "准备事项" });
    await tasks.getByRole("checkbox", { name: "准备反问" }).waitFor();

    await tasks.getByRole("button", { name: "修改事项: 准备反问" }).click();
    const field = tasks.getByRole("textbox", { name: "修改事项" });
    await field.fill("不会保存");
    await field.press("Escape");
    await tasks.getByRole("checkbox", { name: "准备反问" }).waitFor();

    await tasks.getByRole("button", { name: "修改事项: 准备反问" }).click();
    await field.fill("  ");
    await field.press("Enter");
    await tasks.getByRole("alert").getByText("请输入事项").waitFor();
    await field.fill("准备三个反问");
    await field.press("Enter");
    await tasks.getByRole("checkbox", { name: "准备三个反问" }).waitFor();
    await page.reload();
    await tasks.getByRole("checkbox", { name: "准备三个反问" }).waitFor();
    expect(await tasks.getByRole("checkbox", { name: "准备反问", exact: true }).count()).toBe(0);

    for (let left = 4; left > 0; left--) {
      await tasks.getByRole("button", { name: /^删除事项/ }).first().click();
      await expect.poll(() => tasks.getByRole("checkbox").count(), { timeout: 15_000 }).toBe(left - 1);
    }
    await page.reload();
    await page.getByTestId("prep-checklist").waitFor();
    expect(await tasks.getByRole("checkbox").count()).toBe(0);
    await page.context().close();
  });
});
