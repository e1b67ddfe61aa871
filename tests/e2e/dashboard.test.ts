import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchBrowser, newPage, signIn } from "@/tests/helpers/browser";

// A user with a few companies, applications and events (made through the services) sees the
// funnel numbers and the upcoming list in date order; another user's data never shows; a phone
// has no horizontal overflow; signing in on a new device brings the account's saved language.

type TUser = { id: string; email: string; password: string };

/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai (the default time zone), `days` from now at `hour`:00. */
function shanghaiLocal(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000);
  return `${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

describe("dashboard", () => {
  let browser: Browser;
  let owner: TUser;
  let other: TUser;
  let empty: TUser;
  let bytedanceId = "";

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { createTestUser } = await import("@/tests/helpers/users");
    const { createCompany } = await import("@/lib/services/companies");
    const { moveApplication, startApplication } = await import("@/lib/services/applications");
    type TCommand = Parameters<typeof moveApplication>[1]["command"];
    const tz = { timeZone: "Asia/Shanghai" };
    const track = async (userId: string, name: string, tier: "S" | "A" | "B", commands: TCommand[]) => {
      const { id: companyId } = await createCompany(userId, { name, tier });
      let app = await startApplication(userId, { companyId, role: "算法" }, tz);
      for (const command of commands) {
        app = await moveApplication(userId, { applicationId: app.id, version: app.version, command }, tz);
      }
      return companyId;
    };
    [owner, other, empty] = await Promise.all([createTestUser("看板人"), createTestUser("旁观者"), createTestUser("新人")]);
    bytedanceId = await track(owner.id, "字节跳动", "S", [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "WRITTEN_TEST", scheduledAt: shanghaiLocal(1, 19) },
      { type: "advance", stage: "INTERVIEW", scheduledAt: shanghaiLocal(2, 10), label: "一面" },
    ]);
    await track(owner.id, "米哈游", "A", [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "WRITTEN_TEST", scheduledAt: shanghaiLocal(3, 19) },
    ]);
    await track(owner.id, "京东", "B", [{ type: "advance", stage: "APPLIED" }, { type: "markRejected" }]);
    await track(other.id, "别人家", "A", [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "INTERVIEW", scheduledAt: shanghaiLocal(1, 15), label: "HR面" },
    ]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });

  it("shows the funnel and the upcoming list, and nothing of another user's", async () => {
    const page = await newPage(browser);
    await signIn(page, owner.email, owner.password);
    await page.goto("/dashboard");
    expect(await text(page, "stat-companies")).toContain("3");
    expect(await text(page, "stat-active")).toContain("2");
    expect(await text(page, "stat-rejected")).toContain("1");
    const reached = (stage: string) => page.getByTestId(`funnel-${stage}`).getByTestId("reached").innerText();
    expect(await reached("APPLIED")).toBe("3 个");
    expect(await reached("WRITTEN_TEST")).toBe("2 个");
    expect(await reached("INTERVIEW")).toBe("1 个");
    expect(await reached("OFFER")).toBe("0 个");
    expect(await page.getByTestId("funnel-APPLIED").getByTestId("rejected").innerText()).toBe("挂 1");

    const events = page.getByTestId("upcoming-event");
    expect(await events.count()).toBe(2);
    expect(await events.nth(0).innerText()).toMatch(/10:00[\s\S]*字节跳动[\s\S]*面试[\s\S]*一面[\s\S]*2\s*天后/);
    expect(await events.nth(1).innerText()).toMatch(/19:00[\s\S]*米哈游[\s\S]*笔试[\s\S]*3\s*天后/);
    expect(await events.nth(0).getByRole("link", { name: "字节跳动" }).getAttribute("href")).toBe(`/companies/${bytedanceId}`);
    expect(await page.getByText("别人家").count()).toBe(0);

    // Nothing linked and no task yet: "准备下一场" says so instead of "all done".
    const prepareNext = await text(page, "prepare-next");
    expect(prepareNext).toContain("字节跳动");
    expect(prepareNext).toContain("还没有准备项");
    expect(prepareNext).not.toContain("都完成了");
    await page.context().close();
  });

  it("fits a 375 px phone without horizontal overflow", async () => {
    const page = await newPage(browser, { width: 375 });
    await signIn(page, owner.email, owner.password);
    await page.goto("/dashboard");
    await page.getByTestId("upcoming").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("keeps the empty state for a user with no companies", async () => {
    const page = await newPage(browser);
    await signIn(page, empty.email, empty.password);
    await page.goto("/dashboard");
    await page.getByText("还没有数据").waitFor();
    expect(await page.getByRole("link", { name: "导入笔记" }).getAttribute("href")).toBe("/import");
    await page.context().close();
  });

  it("copies the account's saved language into the cookie when signing in on a new device", async () => {
    const { setUserLocale } = await import("@/lib/services/users");
    await setUserLocale(other.id, "en");
    const page = await newPage(browser);
    await signIn(page, other.email, other.password);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "ob-locale")?.value).toBe("en");
    await page.goto("/dashboard");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("upcoming-event").innerText()).toMatch(/15:00[\s\S]*别人家[\s\S]*Interview[\s\S]*HR面[\s\S]*in 1 day/);
    await page.context().close();
  });
});
