import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// The companies table by keyboard (↓ from the search, ↑/↓ between rows, Enter opens, a skip
// link to the rows), a page past the end, and the messages for a long search, a long name and
// a region-qualified near duplicate. E2E_SCREENSHOTS=<dir> keeps screenshots in zh and en at
// 1440 and 375 px.

const SHOTS = process.env.E2E_SCREENSHOTS;
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? "", text: el?.textContent ?? "", index: el instanceof HTMLTableRowElement ? el.sectionRowIndex : -1 };
  });
const rowNames = (page: Page) => page.locator("tbody tr td:nth-child(2) a").allInnerTexts();

describe("the companies table by keyboard, and its messages", () => {
  const suite = browserSuite();
  let user: TTestUser;

  beforeAll(async () => {
    const { createCompany } = await import("@/lib/services/companies");
    user = await suite.createTestUser("键盘用户");
    // 30 companies: two pages of 25. Names sort by pinyin: 阿里巴巴 first, 字节跳动 among the last.
    const names = ["字节跳动", "阿里巴巴", "腾讯", "百度", "美团", ...Array.from({ length: 25 }, (_, i) => `公司${String(i).padStart(2, "0")}`)];
    for (const name of names) await createCompany(user.id, { name, tier: "A", aliases: [], confirmNear: true });
  });

  it("↓ after / goes to the first row, ↑/↓ move, Enter opens; one Tab from the search reaches the rows", async () => {
    const page = await signedInPage(suite.browser, user, { width: 1440 });
    await page.goto("/companies?sort=name&dir=asc");
    await poll(() => rowNames(page)).toHaveLength(25);
    const names = await rowNames(page);
    expect(names[0]).toBe("阿里巴巴");

    // The key is heard once the page has hydrated: press until the search has the focus.
    await poll(async () => {
      await page.keyboard.press("/");
      return (await focused(page)).tag;
    }).toBe("INPUT");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ tag: "TR", index: 0 });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ tag: "TR", index: 2 });
    expect((await focused(page)).text).toContain(names[2]);
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toMatchObject({ tag: "TR", index: 1 });

    // Back in the search, Tab reaches the skip link and Enter lands on the row last focused.
    await page.keyboard.press("/");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toContain("跳到表格");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/companies-skip-link-zh-1440.png` });
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "TR", index: 1 });
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/companies\/[^/?]+$/);
    await page.getByRole("heading", { name: names[1] }).waitFor();
  });

  it("a page past the end is the last page", async () => {
    const page = await signedInPage(suite.browser, user);
    await page.goto("/companies?page=999");
    await page.waitForURL(/[?&]page=2(&|$)/);
    await page.getByText("第 2 / 2 页").waitFor();
    await poll(() => rowNames(page)).toHaveLength(5);
  });

  for (const [locale, width] of [["zh", 1440], ["en", 375], ["en", 1440], ["zh", 375]] as const) {
    it(`says so when a search or a name is too long (${locale}, ${width} px)`, async () => {
      const page = await signedInPage(suite.browser, user, { width, locale });
      await page.goto("/companies");
      await poll(() => rowNames(page)).toHaveLength(25);
      const search = page.locator('input[aria-keyshortcuts="/"]');
      await search.fill(`字节${"x".repeat(298)}`);
      const message = locale === "zh" ? "搜索词有 300 个字，超过了 100 个字的上限" : "The search has 300 characters, over the limit of 100";
      await page.getByText(message).waitFor();
      await page.waitForURL(/q=/);
      await poll(() => rowNames(page)).toHaveLength(0);
      expect((await search.inputValue()).length).toBe(300);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/companies-long-search-${locale}-${width}.png`, fullPage: true });

      await page.getByRole("button", { name: locale === "zh" ? "添加公司" : "Add company" }).first().click();
      const dialog = page.getByRole("dialog");
      const name = dialog.getByLabel(locale === "zh" ? "公司名称" : "Company name");
      await name.fill("长".repeat(2000));
      expect((await name.inputValue()).length).toBe(2000);
      await dialog.getByText(locale === "zh" ? "名称有 2000 个字，最多 80 个字" : "The name has 2000 characters; at most 80").waitFor();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/companies-long-name-${locale}-${width}.png` });
      await dialog.getByRole("button", { name: locale === "zh" ? "添加" : "Add", exact: true }).click();
      await dialog.getByText(locale === "zh" ? "名称有 2000 个字，最多 80 个字" : "The name has 2000 characters; at most 80").waitFor();
      expect(await dialog.isVisible()).toBe(true);
    });
  }

  it("offers to add 字节跳动（北京） anyway beside 字节跳动; 字节跳动 itself stays refused", async () => {
    const page = await signedInPage(suite.browser, user, { width: 375 });
    await page.goto("/companies");
    const addButton = page.getByRole("button", { name: "添加公司" }).first();
    const dialog = page.getByRole("dialog");

    await addButton.click();
    await dialog.getByLabel("公司名称").fill("字节跳动（北京）");
    await dialog.getByRole("button", { name: "添加", exact: true }).click();
    await dialog.getByText("可能已经有这家公司了").waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/companies-region-duplicate-zh-375.png` });
    await dialog.getByRole("button", { name: "仍然添加" }).click();
    await dialog.waitFor({ state: "hidden" });

    await addButton.click();
    await dialog.getByLabel("公司名称").fill("字节跳动");
    await dialog.getByRole("button", { name: "添加", exact: true }).click();
    await dialog.getByText("已经有这家公司了").waitFor();
    expect(await dialog.getByRole("button", { name: "仍然添加" }).count()).toBe(0);
    await page.keyboard.press("Escape");

    await page.goto("/companies?q=%E5%AD%97%E8%8A%82");
    await poll(() => rowNames(page).then((names) => names.sort())).toEqual(["字节跳动", "字节跳动（北京）"].sort());
  });
});
