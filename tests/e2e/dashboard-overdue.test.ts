import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiLocal, trackCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// 需要更新 in the browser: a 笔试 whose time passed yesterday with no result shows on the
// dashboard and as the number on 仪表盘 in the navigation; one click on 通过 records it (the
// toast offers undo), and the row and the number go away. On a phone, in English, 改期 takes a
// new date and time in the user's zone and the last row leaves.

describe("需要更新", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let applicationId = "";
  let meituanId = "";

  beforeAll(async () => {
    owner = await suite.createTestUser("复盘人");
    ({ applicationId } = await trackCompany(owner.id, { name: "字节跳动", tier: "S" }, [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "WRITTEN_TEST", scheduledAt: shanghaiLocal(-1, 19) },
    ]));
    const meituan = await trackCompany(owner.id, { name: "美团", tier: "B" }, [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "INTERVIEW", scheduledAt: shanghaiLocal(-2, 10), label: "一面" },
    ], "后端");
    meituanId = meituan.applicationId;
  });

  it("marks an overdue 笔试 通过 in one click; the row and the navigation's number go away", async () => {
    const page = await signedInPage(suite.browser, owner);
    await page.goto("/dashboard");
    const row = page.getByTestId("overdue-event").filter({ hasText: "字节跳动" });
    await row.waitFor();
    expect(await page.getByTestId("overdue-event").count()).toBe(2);
    const badge = page.getByRole("navigation").getByTestId("nav-overdue").first();
    expect(await badge.innerText()).toContain("2");
    await page.screenshot({ path: "/tmp/dashboard-overdue.png", fullPage: true });

    await row.getByRole("button", { name: "通过" }).click();
    await page.getByText("已记为通过").waitFor();
    await row.waitFor({ state: "detached" });
    expect(await page.getByTestId("overdue-event").count()).toBe(1);
    await page.getByRole("navigation").getByTestId("nav-overdue").filter({ hasText: "1" }).first().waitFor();

    const { db } = await import("@/lib/db");
    const events = await db.stageEvent.findMany({ where: { applicationId }, orderBy: { position: "asc" }, select: { stage: true, result: true } });
    expect(events.at(-1)).toEqual({ stage: "WRITTEN_TEST", result: "PASSED" });
    await page.close();
  });

  it("reschedules on a 375 px phone in English, in the user's time zone, without horizontal overflow", async () => {
    const page = await signedInPage(suite.browser, owner, { width: 375, locale: "en" });
    await page.goto("/dashboard");
    const row = page.getByTestId("overdue-event").filter({ hasText: "美团" });
    await row.getByRole("button", { name: "Reschedule" }).click();
    const when = shanghaiLocal(3, 15);
    await row.getByLabel("New date and time (Asia/Shanghai)").fill(when);
    await page.screenshot({ path: "/tmp/dashboard-overdue-phone.png", fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await row.getByRole("button", { name: "Save" }).click();
    await page.getByText("Rescheduled").waitFor();
    await page.getByTestId("overdue").waitFor({ state: "detached" });

    const { db } = await import("@/lib/db");
    const event = await db.stageEvent.findFirst({ where: { applicationId: meituanId, stage: "INTERVIEW" }, select: { scheduledAt: true, result: true, label: true } });
    expect(event).toEqual({ scheduledAt: new Date(`${when}:00+08:00`), result: "PENDING", label: "一面" });
    await page.close();
  });
});
