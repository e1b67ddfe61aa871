import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { localDayOf } from "@/lib/dates/zone";
import { newPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";

// A person signing up from Los Angeles gets Los Angeles time, sees an interview at the time their
// clock shows, moves the account to Shanghai in settings and sees the same instant at Shanghai's
// time; the stored instant never changes. Export file names carry the account's local day.

const LOS_ANGELES = "America/Los_Angeles";
const SHANGHAI = "Asia/Shanghai";
const PASSWORD = "zone-test-2026";

const suite = browserSuite();

async function register(page: Page, email: string) {
  await page.goto("/register");
  await page.locator('input[name="name"]').fill("时区用户");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === "/dashboard");
}

describe("the account's time zone", () => {
  it("comes from the browser at sign-up, and a change in settings shows the same instant in the new zone", async () => {
    const page = await newPage(suite.browser, { timeZoneId: LOS_ANGELES });
    const email = `zone-${Date.now()}@example.test`;
    await register(page, email);
    const user = await suite.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, timeZone: true } });
    expect(user.timeZone).toBe(LOS_ANGELES);

    // June 1, 11:00 UTC: 04:00 in Los Angeles (PDT), 19:00 in Shanghai.
    const at = new Date(Date.UTC(new Date().getUTCFullYear(), 5, 1, 11, 0));
    const { companyWithInterview } = await import("@/tests/helpers/interviews");
    const { companyId } = await companyWithInterview(user.id, "时区公司", at, "一面", { stage: "INTERVIEW" });
    const shown = page.locator(`time[datetime="${at.toISOString()}"]`).first();

    await page.goto(`/companies/${companyId}`);
    expect(await shown.textContent()).toMatch(/\b04:00\b/);

    await page.goto("/settings");
    await expect.poll(() => page.getByTestId("time-zone-current").textContent()).toContain(`${LOS_ANGELES}（UTC-0`);
    await page.getByLabel("搜索时区").fill("shanghai");
    await page.keyboard.press("Enter");
    expect(await page.locator("#time-zone").inputValue()).toBe(SHANGHAI);
    if (process.env.E2E_SCREENSHOTS) await page.getByLabel("时区", { exact: true }).screenshot({ path: `${process.env.E2E_SCREENSHOTS}/settings-time-zone-picked.png` });
    await page.getByRole("button", { name: "保存时区" }).click();
    await page.getByRole("status").getByText("时区已保存").waitFor();
    await expect.poll(() => page.getByTestId("time-zone-current").textContent()).toContain(`${SHANGHAI}（UTC+08:00）`);
    expect((await suite.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } })).timeZone).toBe(SHANGHAI);

    await page.goto(`/companies/${companyId}`);
    expect(await shown.textContent()).toMatch(/\b19:00\b/);
    const stored = await suite.db.stageEvent.findFirstOrThrow({ where: { userId: user.id }, select: { scheduledAt: true } });
    expect(stored.scheduledAt?.toISOString()).toBe(at.toISOString());
    await page.context().close();
  });

  it("keeps the default zone when the browser sends one the server does not know", async () => {
    const page = await newPage(suite.browser);
    await page.addInitScript(() => {
      const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
      Intl.DateTimeFormat.prototype.resolvedOptions = function (this: Intl.DateTimeFormat) {
        return { ...resolved.call(this), timeZone: "Mars/Olympus_Mons" };
      };
    });
    const email = `zone-unknown-${Date.now()}@example.test`;
    await register(page, email);
    expect((await suite.db.user.findUniqueOrThrow({ where: { email }, select: { timeZone: true } })).timeZone).toBe(SHANGHAI);
    await page.context().close();
  });

  it("dates export file names with the account's local day", async () => {
    const page = await newPage(suite.browser, { timeZoneId: LOS_ANGELES });
    const email = `zone-export-${Date.now()}@example.test`;
    await register(page, email);
    // Of UTC+14 and UTC−11, at least one is on another calendar day than UTC at any moment.
    const now = new Date();
    const zone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find((candidate) => localDayOf(now, candidate) !== now.toISOString().slice(0, 10))!;
    await suite.db.user.update({ where: { email }, data: { timeZone: zone } });
    for (const [format, name] of [["json", "backup"], ["csv", "applications"], ["md", "sets"]] as const) {
      const response = await page.request.get(`/api/export?format=${format}`);
      expect(response.status()).toBe(200);
      const day = localDayOf(new Date(), zone);
      expect(response.headers()["content-disposition"]).toContain(`offerboard-${name}-${day}.${format}`);
    }
    await page.context().close();
  });
});
