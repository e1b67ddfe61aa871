import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { deliverReminder, findDueReminders } from "@/lib/services/reminder-delivery";
import { confirmReminderEmail, getReminderEmail, removeReminderEmail, saveReminderEmail, sendTestMail } from "@/lib/services/reminder-email";
import { startSmtpReceiver } from "@/tests/helpers/smtp-receiver";
import { createTestUser } from "@/tests/helpers/users";

// Reminders by email reach a real local SMTP server (npm smtp-server): exactly one mail per
// reminder, with the event's details in the user's language and zone and a link back.

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "https://offerboard.example";
});

let receiver: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  receiver = await startSmtpReceiver();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await receiver.close();
});
beforeEach(() => {
  vi.stubEnv("SMTP_URL", receiver.url);
});

/** A user (in `locale`) with one pending 二面 at `scheduledAt`, its 笔试 platform link set. */
async function userWithEvent(scheduledAt: Date, locale = "zh") {
  const user = await createTestUser();
  await db.user.update({ where: { id: user.id }, data: { locale } });
  const company = await db.company.create({ data: { userId: user.id, name: "字节跳动", normalizedName: `字节跳动-${user.id}` }, select: { id: true } });
  const application = await db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
  const event = await db.stageEvent.create({
    data: { userId: user.id, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "二面", scheduledAt, link: "https://meeting.example/j/123" },
    select: { id: true },
  });
  return { user, companyId: company.id, eventId: event.id };
}

const mailsTo = (address: string) => receiver.mails.filter((mail) => mail.to.includes(address));
const dueFor = async (eventId: string) => (await findDueReminders(new Date())).filter((job) => job.eventId === eventId);

describe("email reminders", () => {
  it("are unavailable without SMTP_URL: the card says so and nothing can be turned on", async () => {
    vi.stubEnv("SMTP_URL", "");
    const { user, eventId } = await userWithEvent(new Date(Date.now() + 30 * 60_000));
    expect(await getReminderEmail(user.id)).toEqual({ available: false, setting: null });
    await expect(saveReminderEmail(user.id, { address: null })).rejects.toMatchObject({ code: "VALIDATION", messageKey: "reminders.email.unavailable" });
    await db.reminderEmail.create({ data: { userId: user.id } });
    expect(await dueFor(eventId)).toEqual([]);
  });

  it("sends exactly one mail per reminder to the account's address, with company, stage, local time, platform link and company page", async () => {
    const scheduledAt = new Date(Date.now() + 30 * 60_000);
    const { user, companyId, eventId } = await userWithEvent(scheduledAt);
    await saveReminderEmail(user.id, { address: null });
    const jobs = await dueFor(eventId);
    expect(jobs).toEqual([expect.objectContaining({ kind: "hour-before", channel: "EMAIL" })]);
    expect(await Promise.all([deliverReminder(jobs[0]!), deliverReminder(jobs[0]!)])).toEqual(expect.arrayContaining(["sent", "skipped"]));
    expect(await deliverReminder(jobs[0]!)).toBe("skipped");
    const mails = mailsTo(user.email);
    expect(mails).toHaveLength(1);
    const time = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(scheduledAt);
    expect(mails[0]!.subject).toBe("日程提醒：字节跳动 二面");
    expect(mails[0]!.text.split("\n")).toEqual([
      `即将开始（${time}）：字节跳动 二面`,
      "",
      "公司：字节跳动",
      "阶段：面试 · 二面",
      expect.stringMatching(new RegExp(`^时间：.*${time}（Asia/Shanghai）$`)),
      "平台链接：https://meeting.example/j/123",
      `公司页面：https://offerboard.example/companies/${companyId}`,
      "",
    ]);
    expect((await getReminderEmail(user.id)).setting).toMatchObject({ lastSentAt: expect.any(Date), lastError: null });
  });

  it("writes in the user's language and zone", async () => {
    const { user, eventId } = await userWithEvent(new Date(Date.now() + 30 * 60_000), "en");
    await db.user.update({ where: { id: user.id }, data: { timeZone: "America/New_York" } });
    await saveReminderEmail(user.id, { address: null });
    expect(await deliverReminder((await dueFor(eventId))[0]!)).toBe("sent");
    const [mail] = mailsTo(user.email);
    expect(mail!.subject).toBe("Reminder: 字节跳动 二面");
    expect(mail!.text).toMatch(/^Coming up at \d\d:\d\d: 字节跳动 二面\n/);
    expect(mail!.text).toContain("Stage: Interview · 二面\n");
    expect(mail!.text).toMatch(/\nTime: .* \(America\/New_York\)\n/);
  });

  it("goes to another address only after the code of its test mail was entered, and sits beside the webhook", async () => {
    const { user, eventId } = await userWithEvent(new Date(Date.now() + 30 * 60_000));
    const other = `inbox-${user.id}@example.test`;
    await saveReminderEmail(user.id, { address: other });
    expect((await getReminderEmail(user.id)).setting).toMatchObject({ address: other, confirmed: false });
    expect(await dueFor(eventId)).toEqual([]);
    await expect(confirmReminderEmail(user.id, "WRONGCODE")).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "reminders.email.noCode" });

    expect(await sendTestMail(user.id)).toEqual({ sent: true });
    const [test] = mailsTo(other);
    const code = /[：:] ?([A-Z2-9]{8})$/m.exec(test!.text)?.[1];
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await expect(confirmReminderEmail(user.id, "AAAAAAAA")).rejects.toMatchObject({ code: "VALIDATION", messageKey: "reminders.email.badCode" });
    const stranger = await createTestUser();
    await expect(confirmReminderEmail(stranger.id, code!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A code confirms only the address it was mailed to: a save of another address racing the
    // test mail (the row's address changed, its code kept) leaves that code useless.
    await db.reminderEmail.update({ where: { userId: user.id }, data: { address: `raced-${user.id}@example.test` } });
    await expect(confirmReminderEmail(user.id, code!)).rejects.toMatchObject({ code: "VALIDATION", messageKey: "reminders.email.badCode" });
    await db.reminderEmail.update({ where: { userId: user.id }, data: { address: other } });
    await confirmReminderEmail(user.id, code!.toLowerCase());
    expect((await getReminderEmail(user.id)).setting).toMatchObject({ confirmed: true });

    await db.reminderChannel.create({ data: { userId: user.id, preset: "GENERIC", url: "https://example.test/hook" } });
    const jobs = await dueFor(eventId);
    expect(jobs.map((job) => job.channel).toSorted()).toEqual(["EMAIL", "WEBHOOK"]);
    expect(await deliverReminder(jobs.find((job) => job.channel === "EMAIL")!)).toBe("sent");
    expect(mailsTo(other)).toHaveLength(2);
    expect(mailsTo(user.email)).toHaveLength(0);

    // A new address needs its own confirmation; turning mail off stops it.
    await saveReminderEmail(user.id, { address: `second-${user.id}@example.test` });
    expect((await getReminderEmail(user.id)).setting).toMatchObject({ confirmed: false });
    await removeReminderEmail(user.id);
    expect(await getReminderEmail(user.id)).toEqual({ available: true, setting: null });
  });

  it("records a mail server that refuses or is gone as a failure the queue retries", async () => {
    const { user, eventId } = await userWithEvent(new Date(Date.now() + 30 * 60_000));
    await saveReminderEmail(user.id, { address: null });
    const [job] = await dueFor(eventId);
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:9");
    await expect(deliverReminder(job!)).rejects.toThrow("mail server unreachable");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, channel: true } })).toEqual({ state: "FAILED", channel: "EMAIL" });
    expect((await getReminderEmail(user.id)).setting).toMatchObject({ lastError: "mail server unreachable" });
    vi.stubEnv("SMTP_URL", receiver.url);
    expect(await deliverReminder(job!)).toBe("sent");
    expect(mailsTo(user.email)).toHaveLength(1);
  });
});
