import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { newPage, openHydrated, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";

// The reminders card as a user meets it: their own reminder times, saved and kept; email said to
// be unavailable on a server without SMTP_URL; a reminder that failed after its last retry listed
// with 再试一次, which takes it off the list. E2E_SCREENSHOTS=<dir> keeps the card in both languages.

const SHOTS = process.env.E2E_SCREENSHOTS;

const suite = browserSuite();

/** A user whose one-hour reminder of a 二面 in 30 minutes failed after the last retry. */
async function userWithFailedReminder() {
  const user = await suite.createTestUser();
  const company = await suite.db.company.create({ data: { userId: user.id, name: "字节跳动", normalizedName: "字节跳动" }, select: { id: true } });
  const application = await suite.db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
  const scheduledAt = new Date(Date.now() + 30 * 60_000);
  const event = await suite.db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "二面", scheduledAt }, select: { id: true } });
  await suite.db.reminderChannel.create({ data: { userId: user.id, preset: "WECOM", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x" } });
  await suite.db.sentReminder.create({ data: { userId: user.id, eventId: event.id, kind: "hour-before", scheduledAt, state: "FAILED", attempts: 4, error: "errcode 93000: invalid webhook url" } });
  return user;
}

/** The settings page once hydrated: a time typed before that would be lost. */
async function reminders(page: Page) {
  await openHydrated(page, "/settings");
  return page.locator("[data-testid=reminder-times]");
}

describe("settings: reminders", () => {
  it("saves the user's reminder times, says email is unavailable, and puts a failed reminder back in line", async () => {
    const user = await userWithFailedReminder();
    const page = await newPage(suite.browser, { locale: "zh" });
    await signIn(page, user.email, user.password);
    const times = await reminders(page);

    await page.getByTestId("reminder-email-unavailable").getByText("邮件提醒不可用").waitFor();
    expect(await page.locator("#reminder-evening-at").inputValue()).toBe("20:00");
    expect(await page.locator("#reminder-lead").inputValue()).toBe("60");
    await page.locator("#reminder-evening-at").fill("21:30");
    await page.locator("#reminder-lead").selectOption("30");
    await times.getByRole("button", { name: "保存提醒时间" }).click();
    await times.getByRole("status").waitFor();
    await page.reload();
    expect(await page.locator("#reminder-evening-at").inputValue()).toBe("21:30");
    expect(await page.locator("#reminder-lead").inputValue()).toBe("30");
    const saved = await suite.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { preferences: true } });
    expect(saved.preferences).toMatchObject({ reminders: { eveningAt: "21:30", leadMinutes: 30 } });

    await page.locator("#reminder-evening-on").uncheck();
    await page.locator("#reminder-lead").selectOption("off");
    await times.getByRole("button", { name: "保存提醒时间" }).click();
    await times.getByRole("status").waitFor();
    expect((await suite.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { preferences: true } })).preferences).toMatchObject({ reminders: { eveningAt: null, leadMinutes: null } });
    await page.locator("#reminder-lead").selectOption("60");
    await times.getByRole("button", { name: "保存提醒时间" }).click();
    await times.getByRole("status").waitFor();

    const failed = page.getByTestId("failed-reminders");
    await failed.getByText("errcode 93000: invalid webhook url").waitFor();
    await failed.getByRole("link", { name: "字节跳动" }).waitFor();
    if (SHOTS) await page.getByTestId("reminder-webhook").locator("xpath=ancestor::*[@data-slot='card'][1]").screenshot({ path: `${SHOTS}/reminders-zh.png` });
    await failed.getByRole("button", { name: "再试一次" }).click();
    await failed.waitFor({ state: "detached" });
    expect(await suite.db.sentReminder.count({ where: { userId: user.id } })).toBe(0);
    await page.close();
  });

  it("reads in English", async () => {
    const user = await userWithFailedReminder();
    const page = await newPage(suite.browser, { locale: "en", width: 375 });
    await signIn(page, user.email, user.password);
    await reminders(page);
    await page.getByText("Email reminders are unavailable").waitFor();
    await page.getByRole("button", { name: "Save reminder times" }).waitFor();
    await page.getByTestId("failed-reminders").getByRole("button", { name: "Try again" }).waitFor();
    if (SHOTS) await page.getByTestId("reminder-webhook").locator("xpath=ancestor::*[@data-slot='card'][1]").screenshot({ path: `${SHOTS}/reminders-en-375.png` });
    await page.close();
  });
});
