import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { shanghaiFromNow, startedCompany } from "@/tests/helpers/applications";
import { signedInPage, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// The board as a new user meets it: a search box that filters every column (`/` focuses it),
// all seven columns on a 1440 px screen, whole names beside the 未分级 badge, the date of a past
// event on its card, and a card picked up by a finger on a phone (press and hold, then drag).

const NAMES = ["阿里巴巴", "美团", "京东", "百度", "华为", "小米", "网易", "快手", "拼多多", "滴滴", "携程", "蔚来"];
const UNTIERED = "Qualcomm Technologies";
const DAY_MS = 24 * 3_600_000;

const column = (page: Page, id: string) => page.locator(`[data-testid="board-column"][data-column="${id}"]`);
const cardNames = (page: Page, id: string) => column(page, id).getByTestId("board-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-company")));

describe("board", () => {
  const suite = browserSuite();
  let user: TTestUser;

  beforeAll(async () => {
    const { createCompany } = await import("@/lib/services/companies");
    user = await suite.createTestUser("看板搜索");
    // Created first, so the most recently changed cards of 待投递 leave it out without a search.
    await createCompany(user.id, { name: "字节跳动", tier: "S", aliases: ["ByteDance"] });
    for (const name of NAMES) await createCompany(user.id, { name, tier: "A" });
    await startedCompany(user.id, { name: "腾讯", tier: "S" }, { type: "advance", stage: "WRITTEN_TEST", scheduledAt: shanghaiFromNow(-3 * DAY_MS) });
    await startedCompany(user.id, { name: UNTIERED, tier: null }, { type: "advance", stage: "APPLIED" });
  });

  it("filters the cards of every column by name, pinyin initials or alias; `/` focuses the search", async () => {
    const page = await signedInPage(suite.browser, user, { width: 1440 });
    await page.goto("/board");
    await column(page, "TO_APPLY").getByTestId("board-card").first().waitFor();
    expect(await cardNames(page, "TO_APPLY")).not.toContain("字节跳动");
    expect(await cardNames(page, "WRITTEN_TEST")).toEqual(["腾讯"]);

    await page.locator("h1").first().click();
    await page.keyboard.press("/");
    const search = page.getByTestId("board-search");
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type("zjtd");
    await page.waitForURL("**/board?q=zjtd");
    await expect.poll(() => cardNames(page, "TO_APPLY")).toEqual(["字节跳动"]);
    expect(await cardNames(page, "WRITTEN_TEST")).toEqual([]);
    expect(await page.getByTestId("board-search-status").innerText()).toBe("找到 1 张卡片");

    await search.fill("tx");
    await expect.poll(() => cardNames(page, "WRITTEN_TEST")).toEqual(["腾讯"]);
    expect(await cardNames(page, "TO_APPLY")).toEqual([]);
    await search.fill("bytedance");
    await expect.poll(() => cardNames(page, "TO_APPLY")).toEqual(["字节跳动"]);

    // The tier chips keep the search, and the search keeps the chips.
    await page.getByRole("button", { name: "A", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("tier") === "A" && url.searchParams.get("q") === "bytedance");
    await page.getByText("没有找到「bytedance」").waitFor();
    await page.context().close();
  });

  it("fits all seven columns at 1440 px, wraps a name beside 未分级, and dates past events", async () => {
    const page = await signedInPage(suite.browser, user, { width: 1440 });
    await page.goto("/board");
    const rejected = column(page, "REJECTED");
    await rejected.waitFor();
    const box = await rejected.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
    expect(await page.evaluate(() => {
      const board = document.querySelector<HTMLElement>('[data-testid="board"]')!;
      return board.scrollWidth - board.clientWidth;
    })).toBeLessThanOrEqual(0);

    const name = column(page, "APPLIED").locator(`[data-company="${UNTIERED}"] a`);
    expect(await name.innerText()).toBe(UNTIERED);
    // Not cut: the whole name is laid out (on two lines at most), none of it hidden.
    expect(await name.evaluate((a) => a.scrollWidth <= a.clientWidth && a.scrollHeight <= a.clientHeight)).toBe(true);

    const past = column(page, "WRITTEN_TEST").locator('[data-company="腾讯"]').getByTestId("board-card-event");
    expect(await past.innerText()).toMatch(/^笔试\s+.*3天前$/);
    await page.context().close();

    // Narrower, the columns scroll sideways and a button at the edge brings 挂 into view.
    const narrow = await signedInPage(suite.browser, user, { width: 1100 });
    await narrow.goto("/board");
    const right = narrow.getByTestId("board-scroll-right");
    await right.waitFor();
    // Each press scrolls most of a screen; the button goes once the last column is in view.
    for (let presses = 0; presses < 4 && (await right.isVisible()); presses++) {
      await right.click();
      await narrow.waitForTimeout(800);
    }
    expect(await right.isVisible()).toBe(false);
    const end = (await column(narrow, "REJECTED").boundingBox())!;
    expect(end.x + end.width).toBeLessThanOrEqual(1100);
    await narrow.getByTestId("board-scroll-left").waitFor();
    await narrow.context().close();
  });

  it("picks a card up with a finger on a phone (press and hold, then drag) and drops it on another column", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, baseURL: inject("baseUrl") });
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await page.goto("/board");
    const card = column(page, "TO_APPLY").getByTestId("board-card").first();
    await card.waitFor();
    const name = (await card.getAttribute("data-company"))!;
    const from = (await card.boundingBox())!;
    const target = (await column(page, "APPLIED").boundingBox())!;
    const start = { x: from.x + from.width / 2, y: from.y + 20 };
    // Short of the right edge, where dnd-kit would scroll the columns under the finger.
    const end = { x: target.x + 16, y: target.y + 80 };

    const cdp = await context.newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", point?: { x: number; y: number }) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: point ? [{ x: point.x, y: point.y, id: 1 }] : [] });
    await touch("touchStart", start);
    await page.waitForTimeout(450);
    for (let step = 1; step <= 12; step++) {
      await touch("touchMove", { x: start.x + ((end.x - start.x) * step) / 12, y: start.y + ((end.y - start.y) * step) / 12 });
      await page.waitForTimeout(30);
    }
    await touch("touchEnd");
    await column(page, "APPLIED").locator(`[data-testid="board-card"][data-company="${name}"]`).waitFor();
    await page.getByText(`${name} → 投递`).waitFor();
    await page.reload();
    await column(page, "APPLIED").locator(`[data-testid="board-card"][data-company="${name}"]`).waitFor();
    await context.close();
  });
});
