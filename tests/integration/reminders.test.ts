import type PgBoss from "pg-boss";
import { afterAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { enqueueDueReminders, startReminderQueue } from "@/lib/reminders/queue";
import { deliverReminder, findDueReminders } from "@/lib/services/reminder-delivery";
import { getReminderChannel, saveReminderChannel, saveReminderTimes, sendTestReminder } from "@/lib/services/reminders";
import { reminderTimesOf } from "@/lib/validation/reminders";
import { createTestUser, sessionUserOf } from "@/tests/helpers/users";
import { sleep, waitFor } from "@/tests/helpers/wait";

import { reminderReceiver } from "./reminder-receiver";

// A real local receiver stands in for the webhook service; reminders reach it through the real
// queue (pg-boss on the test database), with two workers racing for the same reminders.

const receiver = reminderReceiver();

describe("reminders through the queue", () => {
  let workers: PgBoss[] = [];
  const start = () => startReminderQueue({ connectionString: process.env.DATABASE_URL!, schedule: false, pollingIntervalSeconds: 0.5 });

  afterAll(async () => {
    await Promise.all(workers.map((boss) => boss.stop({ graceful: false, wait: true })));
  });

  it("sends one message per reminder with two workers sweeping at once, and none again after a restart", async () => {
    workers = await Promise.all([start(), start()]);
    const { user, eventId } = await receiver.userWithEvent("/one", new Date(Date.now() + 30 * 60_000));
    const now = new Date();
    await Promise.all([enqueueDueReminders(workers[0]!, now), enqueueDueReminders(workers[1]!, now), enqueueDueReminders(workers[0]!, now)]);
    await waitFor(() => receiver.at("/one").length >= 1);
    await sleep(2_000);
    expect(receiver.at("/one")).toHaveLength(1);
    expect(receiver.at("/one")[0]!.body).toEqual({ title: "日程提醒", text: expect.stringMatching(/^即将开始（\d\d:\d\d）：字节跳动 二面$/) });
    expect(await db.sentReminder.count({ where: { userId: user.id, eventId, kind: "hour-before" } })).toBe(1);

    await Promise.all(workers.map((boss) => boss.stop({ graceful: true, wait: true })));
    workers = [await start()];
    expect((await findDueReminders(new Date())).filter((job) => job.eventId === eventId)).toEqual([]);
    await enqueueDueReminders(workers[0]!, new Date());
    await sleep(1_500);
    expect(receiver.at("/one")).toHaveLength(1);
    expect((await getReminderChannel(user.id))?.lastSentAt).not.toBeNull();
  });

  it("leaves a failing reminder to the queue's retries instead of enqueueing it again each sweep", async () => {
    receiver.answer.status = 503;
    const { user } = await receiver.userWithEvent("/down", new Date(Date.now() + 30 * 60_000));
    expect(await enqueueDueReminders(workers[0]!, new Date())).toBeGreaterThanOrEqual(1);
    await waitFor(() => receiver.attempts("/down") >= 1);
    await waitFor(async () => (await getReminderChannel(user.id))?.lastError === "HTTP 503");
    const again = await findDueReminders(new Date());
    expect(again.filter((job) => job.userId === user.id)).toEqual([]);
    await enqueueDueReminders(workers[0]!, new Date());
    await sleep(1_500);
    expect(receiver.attempts("/down")).toBe(1);
  });

  it("sends a reminder again for an event moved to a new time", async () => {
    const { eventId } = await receiver.userWithEvent("/moved", new Date(Date.now() + 30 * 60_000));
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    expect(await deliverReminder(job)).toBe("sent");
    expect(await deliverReminder(job)).toBe("skipped");
    await db.stageEvent.update({ where: { id: eventId }, data: { scheduledAt: new Date(Date.now() + 40 * 60_000) } });
    expect(await deliverReminder(job)).toBe("skipped");
    const moved = (await findDueReminders(new Date())).filter((candidate) => candidate.eventId === eventId);
    expect(moved).toHaveLength(1);
    expect(await deliverReminder(moved[0]!)).toBe("sent");
    expect(receiver.at("/moved")).toHaveLength(2);
  });

  it("sends nothing again for a step deleted and written back with its id (an undo)", async () => {
    const { eventId } = await receiver.userWithEvent("/undone", new Date(Date.now() + 30 * 60_000));
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    expect(await deliverReminder(job)).toBe("sent");
    const removed = await db.stageEvent.delete({ where: { id: eventId } });
    await db.stageEvent.create({ data: removed });
    expect((await findDueReminders(new Date())).filter((candidate) => candidate.eventId === eventId)).toEqual([]);
    expect(await deliverReminder(job)).toBe("skipped");
    expect(receiver.at("/undone")).toHaveLength(1);
  });
});

describe("the settings card's test message", () => {
  it("posts a test to the saved webhook, and reports a failure", async () => {
    const { user } = await receiver.userWithEvent("/test", new Date(Date.now() + 5 * 86_400_000));
    expect(await sendTestReminder(user.id)).toEqual({ sent: true });
    expect(receiver.at("/test")[0]!.body).toMatchObject({ title: "日程提醒", text: expect.stringContaining("测试") });
    receiver.answer.status = 500;
    expect(await sendTestReminder(user.id)).toEqual({ sent: false, error: "HTTP 500" });
  });

  it("refuses to save an internal address when the instance does not allow them", async () => {
    const user = await createTestUser();
    vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "false");
    try {
      await expect(saveReminderChannel(user.id, { preset: "GENERIC", url: "http://169.254.169.254/latest" })).rejects.toMatchObject({ code: "VALIDATION", messageKey: "reminders.badUrl" });
    } finally {
      vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
    }
    expect(await getReminderChannel(user.id)).toBeNull();
  });
});

/** The reminder times a signed-in page of the user shows. */
const getReminderTimes = async (userId: string) => reminderTimesOf((await sessionUserOf(userId)).preferences);

describe("the user's reminder times", () => {
  it("re-plan what is not sent yet: a queued reminder no longer due is dropped, the new one goes out", async () => {
    const { user, eventId } = await receiver.userWithEvent("/times", new Date(Date.now() + 90 * 60_000));
    const due = () => findDueReminders(new Date()).then((jobs) => jobs.filter((job) => job.eventId === eventId).map((job) => job.kind));
    expect(await getReminderTimes(user.id)).toEqual({ eveningAt: "20:00", leadMinutes: 60 });
    expect(await due()).toEqual(["day-before"]);
    const queued = (await findDueReminders(new Date())).find((job) => job.eventId === eventId)!;

    await saveReminderTimes(user.id, { eveningAt: "20:00", leadMinutes: 120 });
    expect(await getReminderTimes(user.id)).toEqual({ eveningAt: "20:00", leadMinutes: 120 });
    expect(await due()).toEqual(["hour-before"]);
    expect(await deliverReminder(queued)).toBe("skipped");

    await saveReminderTimes(user.id, { eveningAt: null, leadMinutes: null });
    expect(await due()).toEqual([]);
    await saveReminderTimes(user.id, { eveningAt: null, leadMinutes: 1440 });
    const [lead] = (await findDueReminders(new Date())).filter((job) => job.eventId === eventId);
    expect(await deliverReminder(lead!)).toBe("sent");
    expect(receiver.at("/times")).toHaveLength(1);
    // Sent late (the lead was a day), it says the event's day as it is now: today, or tomorrow past midnight.
    expect(receiver.at("/times")[0]!.body.text).toMatch(/^(今天|明天) \d\d:\d\d：字节跳动 二面$/);
  });

  it("are kept beside the other preferences, and only the user's own", async () => {
    const { user } = await receiver.userWithEvent("/prefs", new Date(Date.now() + 5 * 86_400_000));
    const other = await createTestUser();
    await db.user.update({ where: { id: user.id }, data: { preferences: { companiesTable: { density: "compact" } } } });
    await saveReminderTimes(user.id, { eveningAt: "21:30", leadMinutes: 30 });
    expect((await db.user.findUnique({ where: { id: user.id }, select: { preferences: true } }))?.preferences).toEqual({
      companiesTable: { density: "compact" },
      reminders: { eveningAt: "21:30", leadMinutes: 30 },
    });
    expect(await getReminderTimes(other.id)).toEqual({ eveningAt: "20:00", leadMinutes: 60 });
  });
});
