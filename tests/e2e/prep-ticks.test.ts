import type { Browser, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchBrowser, newPage, signIn } from "@/tests/helpers/browser";

// Ticking a prep task moves the checklist's progress at once, before the server has answered
// (its action request is held back here), the server's answer confirms it, and a tick whose
// request fails is rolled back with a message.

describe("prep ticks", () => {
  let browser: Browser;
  let user: { email: string; password: string };
  let companyId = "";

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { createTestUser } = await import("@/tests/helpers/users");
    const { createCompany } = await import("@/lib/services/companies");
    const created = await createTestUser("勾选人");
    user = created;
    companyId = (await createCompany(created.id, { name: "勾选公司", tier: "A" })).id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });

  it("shows the new progress before the server answers, keeps it once saved, and rolls back a failed tick", async () => {
    const page = await newPage(browser);
    await signIn(page, user.email, user.password);
    await page.goto(`/companies/${companyId}`);
    const percent = page.getByTestId("prep-percent");
    const firstTask = page.locator('input[type="checkbox"][id^="task-"]').first();
    await firstTask.waitFor();
    const tasks = await page.locator('input[type="checkbox"][id^="task-"]').count();
    expect(await percent.innerText()).toBe("0%");
    const ticked = `${Math.floor(100 / tasks)}%`;

    // The action's request waits until the test lets it go.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    const hold = async (route: Route) => {
      if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) return route.continue();
      held++;
      await released;
      await route.continue();
    };
    await page.route(`**/companies/${companyId}`, hold);
    await firstTask.click();
    await expect.poll(() => percent.innerText()).toBe(ticked);
    expect(held).toBe(1);
    expect(await firstTask.isChecked()).toBe(true);
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    release();
    await answered;
    await page.unroute(`**/companies/${companyId}`, hold);
    await page.waitForTimeout(300);
    expect(await percent.innerText()).toBe(ticked);
    await page.reload();
    await firstTask.waitFor();
    expect(await percent.innerText()).toBe(ticked);
    expect(await firstTask.isChecked()).toBe(true);

    // A tick whose request fails: back to the saved state, with a message.
    await page.route(`**/companies/${companyId}`, (route) =>
      route.request().method() === "POST" ? route.abort("failed") : route.continue(),
    );
    await firstTask.click();
    await page.getByText("没能保存这次勾选").waitFor();
    await expect.poll(() => percent.innerText()).toBe(ticked);
    expect(await firstTask.isChecked()).toBe(true);
  });
});
