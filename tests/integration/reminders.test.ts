import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { consumeAttempt, REMINDER_SENDS_PER_USER } from "@/lib/auth/rate-limit";
import { enqueueDueReminders, startReminderQueue } from "@/lib/reminders/queue";
import { deliverReminder, DELIVERY_ATTEMPTS, findDueReminders } from "@/lib/services/reminder-delivery";
import { getReminderChannel, getReminderTimes, listFailedReminders, retryFailedReminder, saveReminderChannel, saveReminderTimes, sendTestReminder } from "@/lib/services/reminders";
import { createTestUser } from "@/tests/helpers/users";

// A real local receiver stands in for the webhook service; reminders reach it through the real
// queue (pg-boss on the test database), with two workers racing for the same reminders.

type TReceived = { path: string; body: Record<string, unknown> };
let server: Server;
let baseUrl = "";
const received: TReceived[] = [];
const requests = new Map<string, number>();
let answer = { status: 200, delayMs: 0, body: '{"errcode":0}' };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
  server = createServer((request, response) => {
    requests.set(request.url ?? "", (requests.get(request.url ?? "") ?? 0) + 1);
    void readBody(request).then(async (text) => {
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (answer.status === 200) received.push({ path: request.url ?? "", body: JSON.parse(text) as Record<string, unknown> });
      response.writeHead(answer.status).end(answer.status === 200 ? answer.body : "down");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  server.close();
});

beforeEach(() => {
  received.length = 0;
  answer = { status: 200, delayMs: 0, body: '{"errcode":0}' };
});

/** A user with a webhook at `path` of the receiver and one pending 二面 at `scheduledAt`. */
async function userWithEvent(path: string, scheduledAt: Date, preset: "GENERIC" | "WECOM" = "GENERIC") {
  const user = await createTestUser();
  const company = await db.company.create({ data: { userId: user.id, name: "字节跳动", normalizedName: `字节跳动-${user.id}` }, select: { id: true } });
  const application = await db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
  const event = await db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "二面", scheduledAt }, select: { id: true } });
  await saveReminderChannel(user.id, { preset, url: `${baseUrl}${path}` });
  return { user, eventId: event.id };
}

const at = (path: string) => received.filter((message) => message.path === path);
const attempts = (path: string) => requests.get(path) ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(100);
  }
}

describe("reminders through the queue", () => {
  let workers: PgBoss[] = [];
  const start = () => startReminderQueue({ connectionString: process.env.DATABASE_URL!, schedule: false, pollingIntervalSeconds: 0.5 });

  afterAll(async () => {
    await Promise.all(workers.map((boss) => boss.stop({ graceful: false, wait: true })));
  });

  it("sends one message per reminder with two workers sweeping at once, and none again after a restart", async () => {
    workers = await Promise.all([start(), start()]);
    const { user, eventId } = await userWithEvent("/one", new Date(Date.now() + 30 * 60_000));
    const now = new Date();
    await Promise.all([enqueueDueReminders(workers[0]!, now), enqueueDueReminders(workers[1]!, now), enqueueDueReminders(workers[0]!, now)]);
    await waitFor(() => at("/one").length >= 1);
    await sleep(2_000);
    expect(at("/one")).toHaveLength(1);
    expect(at("/one")[0]!.body).toEqual({ title: "日程提醒", text: expect.stringMatching(/^即将开始（\d\d:\d\d）：字节跳动 二面$/) });
    expect(await db.sentReminder.count({ where: { userId: user.id, eventId, kind: "hour-before" } })).toBe(1);

    await Promise.all(workers.map((boss) => boss.stop({ graceful: true, wait: true })));
    workers = [await start()];
    expect((await findDueReminders(new Date())).filter((job) => job.eventId === eventId)).toEqual([]);
    await enqueueDueReminders(workers[0]!, new Date());
    await sleep(1_500);
    expect(at("/one")).toHaveLength(1);
    expect((await getReminderChannel(user.id))?.lastSentAt).not.toBeNull();
  });

  it("leaves a failing reminder to the queue's retries instead of enqueueing it again each sweep", async () => {
    answer.status = 503;
    const { user } = await userWithEvent("/down", new Date(Date.now() + 30 * 60_000));
    expect(await enqueueDueReminders(workers[0]!, new Date())).toBeGreaterThanOrEqual(1);
    await waitFor(() => attempts("/down") >= 1);
    await waitFor(async () => (await getReminderChannel(user.id))?.lastError === "HTTP 503");
    const again = await findDueReminders(new Date());
    expect(again.filter((job) => job.userId === user.id)).toEqual([]);
    await enqueueDueReminders(workers[0]!, new Date());
    await sleep(1_500);
    expect(attempts("/down")).toBe(1);
  });

  it("sends a reminder again for an event moved to a new time", async () => {
    const { eventId } = await userWithEvent("/moved", new Date(Date.now() + 30 * 60_000));
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    expect(await deliverReminder(job)).toBe("sent");
    expect(await deliverReminder(job)).toBe("skipped");
    await db.stageEvent.update({ where: { id: eventId }, data: { scheduledAt: new Date(Date.now() + 40 * 60_000) } });
    expect(await deliverReminder(job)).toBe("skipped");
    const moved = (await findDueReminders(new Date())).filter((candidate) => candidate.eventId === eventId);
    expect(moved).toHaveLength(1);
    expect(await deliverReminder(moved[0]!)).toBe("sent");
    expect(at("/moved")).toHaveLength(2);
  });

  it("sends nothing again for a step deleted and written back with its id (an undo)", async () => {
    const { eventId } = await userWithEvent("/undone", new Date(Date.now() + 30 * 60_000));
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    expect(await deliverReminder(job)).toBe("sent");
    const removed = await db.stageEvent.delete({ where: { id: eventId } });
    await db.stageEvent.create({ data: removed });
    expect((await findDueReminders(new Date())).filter((candidate) => candidate.eventId === eventId)).toEqual([]);
    expect(await deliverReminder(job)).toBe("skipped");
    expect(at("/undone")).toHaveLength(1);
  });
});

describe("delivering one reminder", () => {
  it("sends once when two deliveries of the same reminder run at the same moment", async () => {
    answer.delayMs = 300;
    const { eventId } = await userWithEvent("/race", new Date(Date.now() + 30 * 60_000), "WECOM");
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    const results = await Promise.all([deliverReminder(job), deliverReminder(job), deliverReminder(job)]);
    expect(results.toSorted()).toEqual(["sent", "skipped", "skipped"]);
    expect(at("/race")).toHaveLength(1);
    expect(at("/race")[0]!.body).toMatchObject({ msgtype: "text", text: { content: expect.stringContaining("字节跳动 二面") } });
  });

  it("a failed send is recorded on the channel and on the reminder, and the retry delivers it", async () => {
    const { user, eventId } = await userWithEvent("/flaky", new Date(Date.now() + 30 * 60_000));
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    answer.status = 503;
    await expect(deliverReminder(job)).rejects.toThrow("HTTP 503");
    expect(await getReminderChannel(user.id)).toMatchObject({ lastError: "HTTP 503", lastErrorAt: expect.any(Date) });
    expect(await db.sentReminder.findMany({ where: { eventId }, select: { state: true, sentAt: true } })).toEqual([{ state: "FAILED", sentAt: null }]);
    answer.status = 200;
    expect(await deliverReminder(job)).toBe("sent");
    expect(await getReminderChannel(user.id)).toMatchObject({ lastError: null });
    expect(at("/flaky")).toHaveLength(1);
  });

  it("sends nothing for an event that already has a result or another user's event id", async () => {
    const { user, eventId } = await userWithEvent("/closed", new Date(Date.now() + 30 * 60_000));
    const other = await createTestUser();
    const job = (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;
    expect(await deliverReminder({ ...job, userId: other.id })).toBe("skipped");
    await db.stageEvent.update({ where: { id: eventId }, data: { result: "PASSED" } });
    expect(await deliverReminder(job)).toBe("skipped");
    expect((await findDueReminders(new Date())).some((candidate) => candidate.userId === user.id)).toBe(false);
    expect(at("/closed")).toHaveLength(0);
  });
});

describe("the settings card's test message", () => {
  it("posts a test to the saved webhook, and reports a failure", async () => {
    const { user } = await userWithEvent("/test", new Date(Date.now() + 5 * 86_400_000));
    expect(await sendTestReminder(user.id)).toEqual({ sent: true });
    expect(at("/test")[0]!.body).toMatchObject({ title: "日程提醒", text: expect.stringContaining("测试") });
    answer.status = 500;
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

describe("claim, then send, then the outcome", () => {
  const dueJob = async (eventId: string) => (await findDueReminders(new Date())).find((candidate) => candidate.eventId === eventId)!;

  it("holds no transaction while the webhook answers: the claim is visible to others during the send", async () => {
    answer.delayMs = 800;
    const { eventId } = await userWithEvent("/claimed", new Date(Date.now() + 30 * 60_000));
    const delivery = deliverReminder(await dueJob(eventId));
    await waitFor(() => attempts("/claimed") >= 1);
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, sentAt: true } })).toEqual({ state: "CLAIMED", sentAt: null });
    expect((await findDueReminders(new Date())).some((candidate) => candidate.eventId === eventId)).toBe(false);
    expect(await delivery).toBe("sent");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, sentAt: true } })).toEqual({ state: "SENT", sentAt: expect.any(Date) });
  });

  it("takes again a claim left without an outcome for minutes (a worker that died), not a fresh one", async () => {
    const { user, eventId } = await userWithEvent("/orphan", new Date(Date.now() + 30 * 60_000));
    const job = await dueJob(eventId);
    const row = { userId: user.id, eventId, kind: job.kind, scheduledAt: new Date(job.scheduledAt), state: "CLAIMED" as const };
    await db.sentReminder.create({ data: { ...row, claimedAt: new Date(Date.now() - 30_000) } });
    expect(await findDueReminders(new Date())).not.toContainEqual(job);
    expect(await deliverReminder(job)).toBe("skipped");
    await db.sentReminder.updateMany({ where: { eventId }, data: { claimedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await findDueReminders(new Date())).toContainEqual(job);
    expect(await deliverReminder(job)).toBe("sent");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, attempts: true } })).toEqual({ state: "SENT", attempts: 2 });
    expect(at("/orphan")).toHaveLength(1);
  });

  it("counts a 200 answer that refuses the message (企业微信 errcode) as a failure", async () => {
    answer.body = '{"errcode":93000,"errmsg":"invalid webhook url"}';
    const { user, eventId } = await userWithEvent("/refused", new Date(Date.now() + 30 * 60_000), "WECOM");
    await expect(deliverReminder(await dueJob(eventId))).rejects.toThrow("errcode 93000");
    expect(await db.sentReminder.findFirst({ where: { eventId }, select: { state: true, error: true } })).toEqual({ state: "FAILED", error: "errcode 93000: invalid webhook url" });
    expect((await getReminderChannel(user.id))?.lastError).toBe("errcode 93000: invalid webhook url");
  });

  it("lists a reminder in settings after its last retry failed; 再试一次 puts it back in line, and only its owner can", async () => {
    answer.status = 503;
    const { user, eventId } = await userWithEvent("/retry", new Date(Date.now() + 30 * 60_000));
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
    answer.status = 200;
    expect(await deliverReminder(job)).toBe("sent");
    expect(at("/retry")).toHaveLength(1);
  });

  it("stops at the hourly cap per user: the reminder is marked failed for good and listed, nothing is posted", async () => {
    const { user, eventId } = await userWithEvent("/capped", new Date(Date.now() + 30 * 60_000));
    for (let sent = 0; sent < REMINDER_SENDS_PER_USER.limit; sent += 1) await consumeAttempt(REMINDER_SENDS_PER_USER, user.id);
    expect(await deliverReminder(await dueJob(eventId))).toBe("limited");
    expect(attempts("/capped")).toBe(0);
    expect(await listFailedReminders(user.id)).toEqual([expect.objectContaining({ error: "hourly limit reached" })]);
  });
});

describe("the user's reminder times", () => {
  it("re-plan what is not sent yet: a queued reminder no longer due is dropped, the new one goes out", async () => {
    const { user, eventId } = await userWithEvent("/times", new Date(Date.now() + 90 * 60_000));
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
    expect(at("/times")).toHaveLength(1);
    // Sent late (the lead was a day), it says the event's day as it is now: today, or tomorrow past midnight.
    expect(at("/times")[0]!.body.text).toMatch(/^(今天|明天) \d\d:\d\d：字节跳动 二面$/);
  });

  it("are kept beside the other preferences, and only the user's own", async () => {
    const { user } = await userWithEvent("/prefs", new Date(Date.now() + 5 * 86_400_000));
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
