import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchBrowser, newPage, signIn } from "@/tests/helpers/browser";

// Past the cap, the 仪表盘 badge reads "99+" (and says so to a screen reader) in Chinese on a
// desktop and in English in a phone's menu, and 需要更新 heads its list with 99+ and "79+ more".

type TUser = { id: string; email: string; password: string };

describe("需要更新 past the cap", () => {
  let browser: Browser;
  let owner: TUser;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { createTestUser } = await import("@/tests/helpers/users");
    const { createCompany } = await import("@/lib/services/companies");
    const { startApplication } = await import("@/lib/services/applications");
    const { db } = await import("@/lib/db");
    owner = await createTestUser("海投人");
    const { id: companyId } = await createCompany(owner.id, { name: "海投公司", tier: "B" });
    const app = await startApplication(owner.id, { companyId, role: "算法" }, { timeZone: "Asia/Shanghai" });
    // 120 面试 an hour apart, the latest an hour ago, none with a result.
    await db.stageEvent.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        userId: owner.id,
        applicationId: app.id,
        position: index + 10,
        stage: "INTERVIEW" as const,
        scheduledAt: new Date(Date.now() - (index + 1) * 3_600_000),
      })),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });

  it("shows 99+ on 仪表盘 and at the head of 需要更新, in Chinese on a desktop", async () => {
    const page = await newPage(browser, { width: 1280 });
    await signIn(page, owner.email, owner.password);
    await page.goto("/dashboard");
    await page.getByTestId("overdue").waitFor();
    const badge = page.getByRole("navigation").getByTestId("nav-overdue").first();
    expect(await badge.textContent()).toBe("99+99+ 个环节需要更新");
    expect(await page.getByTestId("overdue").getByRole("heading").innerText()).toBe("需要更新 99+");
    await page.getByText("还有 79+ 个，先处理上面这些").waitFor();
    expect(await page.getByTestId("overdue-event").count()).toBe(20);
    await page.getByRole("navigation").first().screenshot({ path: "/tmp/overdue-cap-nav-zh.png" });
    await page.screenshot({ path: "/tmp/overdue-cap-zh.png" });
    await page.close();
  });

  it("shows 99+ in the phone's menu in English, on one line and without overflow", async () => {
    const page = await newPage(browser, { width: 375, locale: "en" });
    await signIn(page, owner.email, owner.password);
    await page.goto("/dashboard");
    await page.getByTestId("overdue").waitFor();
    await page.getByRole("button", { name: "Open menu" }).click();
    const badge = page.getByRole("dialog").getByTestId("nav-overdue");
    await badge.waitFor();
    expect(await badge.textContent()).toBe("99+99+ steps need an update");
    const box = (await badge.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(24);
    await page.screenshot({ path: "/tmp/overdue-cap-phone-en.png" });
    await page.keyboard.press("Escape");
    await page.getByText("79+ more: deal with these first").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
