import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { baseUrl, signedInPage } from "@/tests/helpers/browser";
import { shanghaiLocal } from "@/tests/helpers/applications";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// The flow in Chromium: add companies in two tiers, filter by tier and text, sort,
// open a company, advance it to 笔试 with a date, see it on the board and in the next-event
// column, drag it to 面试, mark 挂, start a 复活甲 application; another user gets a 404.

const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

async function addCompany(page: Page, name: string, tier: string, aliases = "") {
  await page.getByRole("button", { name: "添加公司" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("公司名称").fill(name);
  await dialog.getByLabel("分级").selectOption(tier);
  if (aliases) await dialog.getByLabel("别名").fill(aliases);
  await dialog.getByRole("button", { name: "添加", exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.getByRole("link", { name, exact: true }).first().waitFor();
}

const rowNames = (page: Page) => page.locator("tbody tr td:nth-child(2) a").allInnerTexts();
const row = (page: Page, name: string) => page.locator("tbody tr", { hasText: name });

describe("tracking applications end to end", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let other: TTestUser;
  let companyUrl = "";

  beforeAll(async () => {
    owner = await suite.createTestUser("投递人");
    other = await suite.createTestUser("旁观者");
  });

  it("adds, filters, sorts, advances, drags, rejects and revives", async () => {
    const page = await signedInPage(suite.browser, owner);
    await page.goto("/companies");
    await page.getByText("还没有公司").waitFor();

    await addCompany(page, "字节跳动", "S", "ByteDance");
    await addCompany(page, "米哈游", "A");
    await addCompany(page, "腾讯", "S");
    await poll(() => rowNames(page)).toHaveLength(3);

    await page.locator('button[data-tier="A"]').click();
    await page.waitForURL(/tier=A/);
    await poll(() => rowNames(page)).toEqual(["米哈游"]);
    await page.locator('button[data-tier="A"]').click();
    await page.waitForURL((url) => !url.search.includes("tier"));
    await page.locator('button[data-tier="S"]').click();
    await page.waitForURL(/tier=S(&|$)/);
    await poll(() => rowNames(page).then((names) => names.sort())).toEqual(["字节跳动", "腾讯"].sort());
    await page.getByRole("button", { name: "清除筛选" }).click();
    await poll(() => rowNames(page)).toHaveLength(3);

    await page.keyboard.press("/");
    await page.keyboard.type("zjtd");
    await page.waitForURL(/q=zjtd/);
    await poll(() => rowNames(page)).toEqual(["字节跳动"]);
    await page.getByRole("button", { name: "清除筛选" }).click();
    await poll(() => rowNames(page)).toHaveLength(3);

    await page.getByRole("button", { name: "按公司排序" }).click();
    await page.waitForURL(/sort=name&dir=asc/);
    const ascending = await rowNames(page);
    await page.getByRole("button", { name: "按公司排序" }).click();
    await page.waitForURL(/sort=name&dir=desc/);
    await poll(() => rowNames(page)).toEqual([...ascending].reverse());

    const descending = [...ascending].reverse();
    await row(page, descending[0]!).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(descending[1]);
    await row(page, "字节跳动").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/companies\/[^/?]+$/);
    companyUrl = page.url();
    await page.getByRole("heading", { name: "字节跳动" }).waitFor();

    await page.getByRole("button", { name: "新建投递" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "开始" }).click();
    await page.locator('[data-testid="application"][data-stage="TO_APPLY"]').waitFor();
    await page.getByRole("button", { name: "推进" }).click();
    await page.getByRole("dialog").getByLabel("阶段").selectOption("APPLIED");
    await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
    await page.locator('[data-testid="application"][data-stage="APPLIED"][aria-busy="false"]').waitFor();

    const writtenAt = shanghaiLocal(3, 19);
    await page.getByRole("button", { name: "推进" }).click();
    await page.getByRole("dialog").getByLabel("阶段").selectOption("WRITTEN_TEST");
    await page.getByRole("dialog").getByLabel("日期和时间").fill(writtenAt);
    await page.getByRole("dialog").getByLabel("笔试 / 面试链接").fill("https://exam.example.test/zj");
    await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
    await page.locator('[data-testid="application"][data-stage="WRITTEN_TEST"][aria-busy="false"]').waitFor();
    await page.locator('[data-testid="timeline-event"][data-stage="WRITTEN_TEST"]').getByText(writtenAt.slice(11)).waitFor();

    await page.goto("/companies");
    const bytedance = row(page, "字节跳动");
    await poll(() => bytedance.getByTestId("next-event").innerText()).toContain("笔试");
    expect(await bytedance.getByTestId("next-event").innerText()).toContain(writtenAt.slice(11));

    await page.goto("/board");
    await page.getByRole("button", { name: "收起 offer" }).click();
    await page.getByRole("button", { name: "收起 挂" }).click();
    const card = page.locator('[data-testid="board-column"][data-column="WRITTEN_TEST"] [data-testid="board-card"][data-company="字节跳动"]');
    await card.waitFor();
    const target = page.locator('[data-testid="board-column"][data-column="INTERVIEW"]');
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
    await page.mouse.move(to.x + 40, to.y + 60, { steps: 15 });
    await page.mouse.up();
    const prompt = page.getByRole("dialog");
    await prompt.getByLabel("日期和时间").fill(shanghaiLocal(5, 10));
    await prompt.getByLabel("标签").fill("一面");
    await prompt.getByRole("button", { name: "保存" }).click();
    await page.locator('[data-testid="board-column"][data-column="INTERVIEW"] [data-testid="board-card"][data-company="字节跳动"]').waitFor();
    await page.getByText("字节跳动 → 面试").waitFor();
    await page.reload();
    await page.locator('[data-testid="board-column"][data-column="INTERVIEW"] [data-testid="board-card"][data-company="字节跳动"]').waitFor();

    await page.goto(companyUrl);
    await page.getByRole("button", { name: "挂了" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "挂了" }).click();
    await page.locator('[data-testid="application"][data-outcome="REJECTED"][aria-busy="false"]').waitFor();

    await page.getByRole("button", { name: "新建投递" }).click();
    const revival = page.getByRole("dialog");
    await revival.getByLabel("使用复活甲（这家公司允许挂了再投）").check();
    await revival.getByRole("button", { name: "开始" }).click();
    await page.locator('[data-testid="application"][data-outcome="ACTIVE"]').waitFor();
    await poll(() => page.getByTestId("application").count()).toBe(2);
    await page.getByText("复活甲", { exact: true }).first().waitFor();
    await page.context().close();
  });

  it("links a question set to the selected companies (with undo), archives, and restores from the archived view", async () => {
    const { createCompany } = await import("@/lib/services/companies");
    const { createSet } = await import("@/lib/services/questions");
    const { db } = await import("@/lib/db");
    const user = await suite.createTestUser("整理人");
    for (const [name, tier] of [["阿里", "S"], ["美团", "A"], ["快手", "B"]] as const) await createCompany(user.id, { name, tier });
    const set = await createSet(user.id, { title: "LLM 八股" });
    await db.question.create({ data: { userId: user.id, setId: set.id, position: 1, title: "注意力", contentHash: `e2e-${set.id}` } });

    const page = await signedInPage(suite.browser, user);
    await page.goto("/companies");
    await poll(() => rowNames(page)).toHaveLength(3);
    expect(await row(page, "阿里").innerText()).toContain("未关联");

    await page.getByLabel("选择 阿里").check();
    await page.getByLabel("选择 美团").check();
    await page.getByRole("toolbar", { name: "已选 2 家" }).waitFor();
    await page.getByRole("button", { name: "关联题库" }).click();
    await page.getByRole("menuitem", { name: /LLM 八股/ }).click();
    await page.getByText("已将「LLM 八股」关联到 2 家公司").waitFor();
    await poll(() => row(page, "阿里").innerText()).toContain("0%");
    expect(await row(page, "美团").innerText()).toContain("0%");
    expect(await row(page, "快手").innerText()).toContain("未关联");
    expect(await db.companySet.count({ where: { setId: set.id } })).toBe(2);
    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByText("已取消关联「LLM 八股」").waitFor();
    await poll(() => db.companySet.count({ where: { setId: set.id } })).toBe(0);
    await poll(() => row(page, "阿里").innerText()).toContain("未关联");

    await page.getByLabel("选择 快手").check();
    await page.getByRole("button", { name: "归档", exact: true }).click();
    await page.getByText("已归档 1 家公司").waitFor();
    await poll(() => rowNames(page).then((names) => names.sort())).toEqual(["阿里", "美团"].sort());
    await page.getByRole("button", { name: /已归档/ }).click();
    await page.waitForURL(/archived=1/);
    await poll(() => rowNames(page)).toEqual(["快手"]);
    await page.getByLabel("选择 快手").check();
    await page.getByRole("button", { name: "恢复" }).click();
    await page.getByText("已恢复 1 家公司").waitFor();
    await page.getByText("没有符合条件的公司").waitFor();
    await page.getByRole("button", { name: /已归档/ }).click();
    await page.waitForURL((url) => !url.search.includes("archived"));
    await poll(() => rowNames(page)).toHaveLength(3);
    await page.context().close();

    // On a phone the same rows read as a list: no header row, one card per company.
    const phone = await signedInPage(suite.browser, user, { width: 390 });
    await phone.goto("/companies");
    await poll(() => rowNames(phone)).toHaveLength(3);
    expect((await phone.locator("thead").boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    expect(await row(phone, "阿里").evaluate((tr) => getComputedStyle(tr).display)).toBe("flex");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.context().close();
  });

  it("gives another user a 404 for the first user's company", async () => {
    expect(companyUrl).toMatch(/\/companies\//);
    const page = await signedInPage(suite.browser, other);
    const response = await page.goto(companyUrl.replace(/^https?:\/\/[^/]+/, baseUrl()));
    expect(response?.status()).toBe(404);
    await page.goto("/companies");
    await page.getByText("还没有公司").waitFor();
    await page.context().close();
  });
});
