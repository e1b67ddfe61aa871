import { beforeAll, describe, expect, it } from "vitest";

import { startedCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// Past the cap, the 仪表盘 badge reads "99+" (and says so to a screen reader) in Chinese on a
// desktop and in English in a phone's menu, and 需要更新 heads its list with 99+ and "79+ more".

describe("需要更新 past the cap", () => {
  const suite = browserSuite();
  let owner: TTestUser;

  beforeAll(async () => {
    owner = await suite.createTestUser("海投人");
    const { application: app } = await startedCompany(owner.id, { name: "海投公司", tier: "B" }, undefined, "算法");
    // 120 面试 an hour apart, the latest an hour ago, none with a result.
    await suite.db.stageEvent.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        userId: owner.id,
        applicationId: app.id,
        position: index + 10,
        stage: "INTERVIEW" as const,
        scheduledAt: new Date(Date.now() - (index + 1) * 3_600_000),
      })),
    });
  });

  it("shows 99+ on 仪表盘 and at the head of 需要更新, in Chinese on a desktop", async () => {
    const page = await signedInPage(suite.browser, owner, { width: 1280 });
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
    const page = await signedInPage(suite.browser, owner, { width: 375, locale: "en" });
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
