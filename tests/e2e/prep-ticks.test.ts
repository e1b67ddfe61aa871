import type { Route } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// Ticking a prep task moves the checklist's progress at once, before the server has answered
// (its action request is held back here), the server's answer confirms it, and a tick whose
// request fails is rolled back with a message.

describe("prep ticks", () => {
  const suite = browserSuite();
  let user: TTestUser;
  let companyId = "";

  beforeAll(async () => {
    const { createCompany } = await import("@/lib/services/companies");
    const created = await suite.createTestUser("勾选人");
    user = created;
    companyId = (await createCompany(created.id, { name: "勾选公司", tier: "A" })).id;
  });

  it("shows the new progress before the server answers, keeps it once saved, and rolls back a failed tick", async () => {
    const page = await signedInPage(suite.browser, user);
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
