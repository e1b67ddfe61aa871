import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiDay, startedCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// Stage lengths and the clash buffer as a user meets them: the dashboard says no clash for a 笔试
// at 19:00 and an interview at 21:40 two days ahead; widening the buffer to 45 minutes in settings,
// by keyboard alone, lists the pair on the dashboard, each side linking its company. A value out of
// range is refused with a message and changes nothing. The card fits a phone.
// E2E_SCREENSHOTS=<dir> keeps the card at 1440 and 375 px and the dashboard card.

const SHOTS = process.env.E2E_SCREENSHOTS;

describe("calendar settings", () => {
  const suite = browserSuite();
  let user: TTestUser;
  const companies: string[] = [];

  beforeAll(async () => {
    user = await suite.createTestUser("撞车用户");
    const day = shanghaiDay(2);
    for (const [name, stage, at] of [["字节跳动", "WRITTEN_TEST", "19:00"], ["美团", "INTERVIEW", "21:40"]] as const) {
      companies.push((await startedCompany(user.id, { name, tier: "A" }, { type: "advance", stage, scheduledAt: `${day}T${at}` })).companyId);
    }
  });

  it("widening the buffer by keyboard lists the clash on the dashboard; a bad value is refused", async () => {
    const page = await signedInPage(suite.browser, user);
    await page.goto("/dashboard");
    const clashes = page.getByTestId("upcoming-clashes");
    await clashes.getByText("未来两周没有撞车").waitFor();
    expect(await clashes.textContent()).toContain("间隔不到 30 分钟");

    await page.goto("/settings");
    const card = page.getByTestId("calendar-settings");
    const buffer = card.getByLabel("撞车间隔（分钟）");
    expect(await card.getByLabel("笔试").inputValue()).toBe("120");
    expect(await buffer.inputValue()).toBe("30");

    await buffer.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("999");
    await page.keyboard.press("Enter");
    await card.getByRole("alert").getByText("撞车间隔请填 0–240 之间的整数分钟").waitFor();
    // The field is read-only while a save is in flight; the refusal can show a moment before it ends.
    await expect.poll(() => buffer.evaluate((input) => (input as HTMLInputElement).readOnly)).toBe(false);

    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("45");
    await page.keyboard.press("Enter");
    await card.getByRole("status").getByText("已保存").waitFor();
    expect(await card.getByRole("alert").count()).toBe(0);
    if (SHOTS) await card.screenshot({ path: `${SHOTS}/settings-calendar-1440.png` });

    await page.goto("/dashboard");
    const pair = clashes.getByTestId("clash-pair");
    await pair.waitFor();
    expect(await clashes.textContent()).toContain("间隔不到 45 分钟");
    const links = await pair.getByRole("link").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links).toEqual([`/companies/${companies[0]}`, `/companies/${companies[1]}`, `/calendar?view=week&date=${shanghaiDay(2)}`]);
    if (SHOTS) await clashes.screenshot({ path: `${SHOTS}/dashboard-clashes-1440.png` });
    await page.close();
  });

  it("fits a phone in English", async () => {
    const page = await signedInPage(suite.browser, user, { width: 375, locale: "en" });
    await page.goto("/settings");
    const card = page.getByTestId("calendar-settings");
    await card.getByLabel("Clash buffer (minutes)").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (SHOTS) await card.screenshot({ path: `${SHOTS}/settings-calendar-375-en.png` });
    await page.close();
  });
});
