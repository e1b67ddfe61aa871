import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchBrowser, newPage, signIn } from "@/tests/helpers/browser";

// Stage lengths and the clash buffer as a user meets them: the dashboard says no clash for a 笔试
// at 19:00 and an interview at 21:40 two days ahead; widening the buffer to 45 minutes in settings,
// by keyboard alone, lists the pair on the dashboard, each side linking its company. A value out of
// range is refused with a message and changes nothing. The card fits a phone.
// E2E_SCREENSHOTS=<dir> keeps the card at 1440 and 375 px and the dashboard card.

const SHOTS = process.env.E2E_SCREENSHOTS;
const DAY_MS = 86_400_000;
const shanghaiDay = (days: number) => new Date(Date.now() + days * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 10);

describe("calendar settings", () => {
  let browser: Browser;
  let user: { id: string; email: string; password: string };
  const companies: string[] = [];

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { createTestUser } = await import("@/tests/helpers/users");
    const { createCompany } = await import("@/lib/services/companies");
    const { startApplication } = await import("@/lib/services/applications");
    user = await createTestUser("撞车用户");
    const tz = { timeZone: "Asia/Shanghai" };
    const day = shanghaiDay(2);
    for (const [name, stage, at] of [["字节跳动", "WRITTEN_TEST", "19:00"], ["美团", "INTERVIEW", "21:40"]] as const) {
      const { id } = await createCompany(user.id, { name, tier: "A" });
      companies.push(id);
      await startApplication(user.id, { companyId: id, role: "", command: { type: "advance", stage, scheduledAt: `${day}T${at}` } }, tz);
    }
    browser = await launchBrowser();
  });

  afterAll(() => browser?.close());

  it("widening the buffer by keyboard lists the clash on the dashboard; a bad value is refused", async () => {
    const page = await newPage(browser);
    await signIn(page, user.email, user.password);
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
    const page = await newPage(browser, { width: 375, locale: "en" });
    await signIn(page, user.email, user.password);
    await page.goto("/settings");
    const card = page.getByTestId("calendar-settings");
    await card.getByLabel("Clash buffer (minutes)").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (SHOTS) await card.screenshot({ path: `${SHOTS}/settings-calendar-375-en.png` });
    await page.close();
  });
});
