import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { shanghaiFromNow } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { startWebhookReceiver } from "@/tests/helpers/webhook-receiver";

// One 笔试 from start to reminder: scheduled in the browser on its company's page, it shows in the
// calendar's week view and in the subscribed feed, and its one-hour reminder reaches a real local
// webhook exactly once (the worker's sweep and delivery run here, against the app's database).

type TReceived = { title: string; text: string };

describe("a 笔试 from the browser to the calendar, the feed and a reminder", () => {
  const suite = browserSuite();
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
    vi.unstubAllEnvs();
  });

  it("schedules it on the company page, sees it in the week view and the feed, and gets one reminder", async () => {
    const { createCompany } = await import("@/lib/services/companies");
    const { saveReminderChannel } = await import("@/lib/services/reminders");
    const user = await suite.createTestUser("旅程用户");
    const companyId = (await createCompany(user.id, { name: "旅程科技", tier: "A" })).id;
    await saveReminderChannel(user.id, { preset: "GENERIC", url: `${receiver.url}/hook` });

    const page = await signedInPage(suite.browser, user);
    await page.goto(`/companies/${companyId}`);
    await page.getByRole("button", { name: "新建投递" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "开始" }).click();
    await page.locator('[data-testid="application"][data-stage="TO_APPLY"]').waitFor();
    // 40 minutes ahead: inside the one-hour reminder's window, before the 笔试 starts.
    const writtenAt = shanghaiFromNow(40 * 60_000);
    await page.getByRole("button", { name: "推进" }).click();
    await page.getByRole("dialog").getByLabel("阶段").selectOption("WRITTEN_TEST");
    await page.getByRole("dialog").getByLabel("日期和时间").fill(writtenAt);
    await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
    await page.locator('[data-testid="application"][data-stage="WRITTEN_TEST"][aria-busy="false"]').waitFor();

    await page.goto(`/calendar?view=week&date=${writtenAt.slice(0, 10)}`);
    const written = page.getByTestId("calendar-event").filter({ hasText: "旅程科技 · 笔试" });
    await written.first().waitFor();
    // Its first day's part (an evening one goes on past midnight) shows its start.
    const box = page.locator(".rbc-event", { has: written }).first();
    expect(await box.locator(".rbc-event-label").textContent()).toContain(writtenAt.slice(11));

    await page.goto("/settings");
    const address = page.getByTestId("calendar-feed").getByLabel("订阅地址");
    await address.waitFor();
    const feed = await (await page.request.get(await address.inputValue())).text();
    const utc = new Date(`${writtenAt}:00+08:00`).toISOString().replace(/[-:]/gu, "").slice(0, 15);
    expect(feed).toContain("SUMMARY:旅程科技 · 笔试");
    expect(feed).toContain(`DTSTART:${utc}Z`);
    await page.context().close();

    const { deliverReminder, findDueReminders } = await import("@/lib/services/reminder-delivery");
    const mine = async () => (await findDueReminders(new Date())).filter((job) => job.userId === user.id);
    const due = await mine();
    expect(due.map((job) => job.kind)).toEqual(["hour-before"]);
    for (const job of due) expect(await deliverReminder(job)).toBe("sent");
    // A second sweep finds nothing left to send, and a repeated job sends nothing.
    expect(await mine()).toEqual([]);
    expect(await deliverReminder(due[0]!)).toBe("skipped");
    const received = receiver.at("/hook").map((message) => message.body as TReceived);
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toContain("旅程科技");
    expect(received[0]!.text).toContain("笔试");
  });
});
