import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiLocal, trackCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// A user with a few companies, applications and events (made through the services) sees the
// funnel numbers and the upcoming list in date order; another user's data never shows; a phone
// has no horizontal overflow; signing in on a new device brings the account's saved language.

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

describe("dashboard", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let other: TTestUser;
  let empty: TTestUser;
  let bytedanceId = "";

  beforeAll(async () => {
    [owner, other, empty] = await Promise.all([suite.createTestUser("看板人"), suite.createTestUser("旁观者"), suite.createTestUser("新人")]);
    ({ companyId: bytedanceId } = await trackCompany(owner.id, { name: "字节跳动", tier: "S" }, [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "WRITTEN_TEST", scheduledAt: shanghaiLocal(1, 19) },
      { type: "advance", stage: "INTERVIEW", scheduledAt: shanghaiLocal(2, 10), label: "一面" },
    ]));
    await trackCompany(owner.id, { name: "米哈游", tier: "A" }, [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "WRITTEN_TEST", scheduledAt: shanghaiLocal(3, 19) },
    ]);
    await trackCompany(owner.id, { name: "京东", tier: "B" }, [{ type: "advance", stage: "APPLIED" }, { type: "markRejected" }]);
    await trackCompany(other.id, { name: "别人家", tier: "A" }, [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "INTERVIEW", scheduledAt: shanghaiLocal(1, 15), label: "HR面" },
    ]);
  });

  it("shows the funnel and the upcoming list, and nothing of another user's", async () => {
    const page = await signedInPage(suite.browser, owner);
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
    const page = await signedInPage(suite.browser, owner, { width: 375 });
    await page.goto("/dashboard");
    await page.getByTestId("upcoming").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("keeps the empty state for a user with no companies", async () => {
    const page = await signedInPage(suite.browser, empty);
    await page.goto("/dashboard");
    await page.getByText("还没有数据").waitFor();
    expect(await page.getByRole("link", { name: "导入笔记" }).getAttribute("href")).toBe("/import");
    await page.context().close();
  });

  it("copies the account's saved language into the cookie when signing in on a new device", async () => {
    const { setUserLocale } = await import("@/lib/services/users");
    await setUserLocale(other.id, "en");
    const page = await signedInPage(suite.browser, other);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "ob-locale")?.value).toBe("en");
    await page.goto("/dashboard");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("upcoming-event").innerText()).toMatch(/15:00[\s\S]*别人家[\s\S]*Interview[\s\S]*HR面[\s\S]*in 1 day/);
    await page.context().close();
  });
});
