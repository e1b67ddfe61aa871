import { describe, expect, it } from "vitest";

import { consumeAttempt, REMINDER_SENDS_PER_USER } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { deliverReminder, DELIVERY_ATTEMPTS, findDueReminders } from "@/lib/services/reminder-delivery";
import { getReminderChannel, listFailedReminders, retryFailedReminder } from "@/lib/services/reminders";
import { createTestUser } from "@/tests/helpers/users";
import { waitFor } from "@/tests/helpers/wait";

import { reminderReceiver } from "./reminder-receiver";

// One reminder's delivery: two deliveries racing, then claim, send and outcome step by step, its
// failures, retries and the hourly cap, against a real local webhook receiver.

const receiver = reminderReceiver();

describe("delivering one reminder", () => {
  it("sends once when two deliveries of the same reminder run at the same moment", async () => {
    receiver.answer.delayMs = 300;
    const { eventId } = await receiver.userWithEvent("/race", new Date(Date.now() + 30 * 60_000), "WECOM");
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    const results = await Promise.all([deliverReminder(job), deliverReminder(job), deliverReminder(job)]);
    expect(results.toSorted()).toEqual(["sent", "skipped", "skipped"]);
    expect(receiver.at("/race")).toHaveLength(1);
    expect(receiver.at("/race")[0]!.body).toMatchObject({ msgtype: "text", text: { content: expect.stringContaining("字节跳动 二面") } });
  });

  it("a failed send is recorded on the channel and on the reminder, and the retry delivers it", async () => {
    const { user, eventId } = await receiver.userWithEvent("/flaky", new Date(Date.now() + 30 * 60_000));
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    receiver.answer.status = 503;
    await expect(deliverReminder(job)).rejects.toThrow("HTTP 503");
    expect(await getReminderChannel(user.id)).toMatchObject({ lastError: "HTTP 503", lastErrorAt: expect.any(Date) });
    expect(await db.sentReminder.findMany({ where: { eventId }, select: { state: true, sentAt: true } })).toEqual([{ state: "FAILED", sentAt: null }]);
    receiver.answer.status = 200;
    expect(await deliverReminder(job)).toBe("sent");
    expect(await getReminderChannel(user.id)).toMatchObject({ lastError: null });
    expect(receiver.at("/flaky")).toHaveLength(1);
  });

  it("sends nothing for an event that already has a result or another user's event id", async () => {
    const { user, eventId } = await receiver.userWithEvent("/closed", new Date(Date.now() + 30 * 60_000));
    const other = await createTestUser();
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    expect(await deliverReminder({ ...job, userId: other.id })).toBe("skipped");
    await db.stageEvent.update({ where: { id: eventId }, data: { result: "PASSED" } });
    expect(await deliverReminder(job)).toBe("skipped");
    expect((await findDueReminders(new Date())).some((candidate) => candidate.userId === user.id)).toBe(false);
    expect(receiver.at("/closed")).toHaveLength(0);
  });
});

describe("claim, then send, then the outcome", () => {
  const dueJob = async (eventId: string) => (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;

  it("holds no transaction while the webhook answers: the claim is visible to others during the send", async () => {
    receiver.answer.delayMs = 800;
    const { eventId } = await receiver.userWithEvent("/claimed", new Date(Date.now() + 30 * 60_000));
    const delivery = deliverReminder(await dueJob(eventId));
    await waitFor(() => receiver.attempts("/claimed") >= 1);
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, sentAt: true } })).toEqual({ state: "CLAIMED", sentAt: null });
    expect((await findDueReminders(new Date())).some((candidate) => candidate.eventId === eventId)).toBe(false);
    expect(await delivery).toBe("sent");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, sentAt: true } })).toEqual({ state: "SENT", sentAt: expect.any(Date) });
  });

  it("takes again a claim left without an outcome for minutes (a worker that died), not a fresh one", async () => {
    const { user, eventId } = await receiver.userWithEvent("/orphan", new Date(Date.now() + 30 * 60_000));
    const job = await dueJob(eventId);
    const row = { userId: user.id, eventId, kind: job.kind, scheduledAt: new Date(job.scheduledAt), state: "CLAIMED" as const };
    await db.sentReminder.create({ data: { ...row, claimedAt: new Date(Date.now() - 30_000) } });
    expect(await findDueReminders(new Date())).not.toContainEqual(job);
    expect(await deliverReminder(job)).toBe("skipped");
    await db.sentReminder.updateMany({ where: { eventId }, data: { claimedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await findDueReminders(new Date())).toContainEqual(job);
    expect(await deliverReminder(job)).toBe("sent");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, attempts: true } })).toEqual({ state: "SENT", attempts: 2 });
    expect(receiver.at("/orphan")).toHaveLength(1);
  });

  it("counts a 200 answer that refuses the message (企业微信 errcode) as a failure", async () => {
    receiver.answer.body = '{"errcode":93000,"errmsg":"invalid webhook url"}';
    const { user, eventId } = await receiver.userWithEvent("/refused", new Date(Date.now() + 30 * 60_000), "WECOM");
    await expect(deliverReminder(await dueJob(eventId))).rejects.toThrow("errcode 93000");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, error: true } })).toEqual({ state: "FAILED", error: "errcode 93000: invalid webhook url" });
    expect((await getReminderChannel(user.id))?.lastError).toBe("errcode 93000: invalid webhook url");
  });

  it("lists a reminder in settings after its last retry failed; 再试一次 puts it back in line, and only its owner can", async () => {
    receiver.answer.status = 503;
    const { user, eventId } = await receiver.userWithEvent("/retry", new Date(Date.now() + 30 * 60_000));
    const job = await dueJob(eventId);
    for (let attempt = 1; attempt < DELIVERY_ATTEMPTS; attempt += 1) await expect(deliverReminder(job)).rejects.toThrow("HTTP 503");
    expect(await listFailedReminders(user.id)).toEqual([]);
    await expect(deliverReminder(job)).rejects.toThrow("HTTP 503");
    const [failed] = await listFailedReminders(user.id);
    expect(failed).toMatchObject({ kind: "hour-before", companyName: "字节跳动", label: "二面", error: "HTTP 503" });
    expect(await findDueReminders(new Date())).not.toContainEqual(job);

    const other = await createTestUser();
    await expect(retryFailedReminder(other.id, failed!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listFailedReminders(other.id)).toEqual([]);
    await retryFailedReminder(user.id, failed!.id);
    expect(await listFailedReminders(user.id)).toEqual([]);
    expect(await findDueReminders(new Date())).toContainEqual(job);
    receiver.answer.status = 200;
    expect(await deliverReminder(job)).toBe("sent");
    expect(receiver.at("/retry")).toHaveLength(1);
  });

  it("stops at the hourly cap per user: the reminder is marked failed for good and listed, nothing is posted", async () => {
    const { user, eventId } = await receiver.userWithEvent("/capped", new Date(Date.now() + 30 * 60_000));
    for (let sent = 0; sent < REMINDER_SENDS_PER_USER.limit; sent += 1) await consumeAttempt(REMINDER_SENDS_PER_USER, user.id);
    expect(await deliverReminder(await dueJob(eventId))).toBe("limited");
    expect(receiver.attempts("/capped")).toBe(0);
    expect(await listFailedReminders(user.id)).toEqual([expect.objectContaining({ error: "hourly limit reached" })]);
  });
});
