import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { saveReminderEmail } from "@/lib/services/reminder-email";
import { saveReminderChannel } from "@/lib/services/reminders";
import { startSmtpReceiver } from "@/tests/helpers/smtp-receiver";
import { startWebhookReceiver } from "@/tests/helpers/webhook-receiver";
import { createTestUser } from "@/tests/helpers/users";
import { sleep, waitFor } from "@/tests/helpers/wait";

// Reminders across processes: two real worker processes (npm run reminders:worker) on the test
// database race for the same reminders, then both go down (one killed, one stopped) while new
// events come in, and two start again. A real local HTTP receiver and a real local SMTP server
// count what arrives: exactly one message per reminder and channel, none lost and none twice.

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
const workers = new Set<ChildProcess>();

beforeAll(async () => {
  vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
  smtp = await startSmtpReceiver();
  vi.stubEnv("SMTP_URL", smtp.url);
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  for (const worker of workers) worker.kill("SIGKILL");
  await receiver.close();
  await smtp.close();
});

/** Starts `npm run reminders:worker` as its own Node process; resolves once it is ready. */
async function startWorker(): Promise<ChildProcess> {
  const env = { ...process.env, REMINDER_SWEEP_SECONDS: "1" };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/reminder-worker.ts"], { cwd: process.cwd(), env, stdio: ["ignore", "ignore", "pipe"] });
  workers.add(child);
  child.once("exit", () => workers.delete(child));
  let log = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}): ${log}`)));
  });
  return child;
}

async function stopWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

/** A user with a webhook at /<name>, mail to their address, and a pending 笔试 in 30 minutes: its one-hour reminder is due now. */
async function reminderDueNow(name: string): Promise<string> {
  const user = await createTestUser();
  const company = await db.company.create({ data: { userId: user.id, name: `公司${name}`, normalizedName: `公司${name}` }, select: { id: true } });
  const application = await db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
  await db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage: "WRITTEN_TEST", scheduledAt: new Date(Date.now() + 30 * 60_000) } });
  await saveReminderChannel(user.id, { preset: "WECOM", url: `${receiver.url}/${name}` });
  await saveReminderEmail(user.id, { address: null });
  mailOf.set(`/${name}`, user.email);
  return `/${name}`;
}

const mailOf = new Map<string, string>();
const mailsFor = (path: string) => smtp.mails.filter((mail) => mail.to.includes(mailOf.get(path)!)).length;
/** Per reminder: [webhook requests, mails]. */
const delivered = (paths: readonly string[]) => paths.map((path): [number, number] => [receiver.attempts(path), mailsFor(path)]);
const allDelivered = (paths: readonly string[]) =>
  waitFor(() => delivered(paths).every(([requests, mails]) => requests > 0 && mails > 0), 60_000, () => `timed out: ${JSON.stringify(delivered(paths))}`);

describe("reminders sent by two worker processes, with a restart in between", { timeout: 120_000 }, () => {
  it("deliver exactly one webhook message and one mail per reminder", async () => {
    const first = await Promise.all(Array.from({ length: 6 }, (_, index) => reminderDueNow(`before-${index}-${Date.now()}`)));
    const [a, b] = await Promise.all([startWorker(), startWorker()]);
    await allDelivered(first);
    // A few more sweeps by both processes: nothing goes out again.
    await sleep(3_000);
    expect(delivered(first)).toEqual(first.map(() => [1, 1]));

    // One worker dies, the other stops; reminders come due while none runs; two start again.
    await stopWorker(a!, "SIGKILL");
    await stopWorker(b!, "SIGTERM");
    const second = await Promise.all(Array.from({ length: 4 }, (_, index) => reminderDueNow(`after-${index}-${Date.now()}`)));
    await sleep(1_000);
    expect(delivered(second)).toEqual(second.map(() => [0, 0]));
    await Promise.all([startWorker(), startWorker()]);
    await allDelivered(second);
    await sleep(3_000);
    const all = [...first, ...second];
    expect(delivered(all)).toEqual(all.map(() => [1, 1]));
    const sent = await db.sentReminder.findMany({ where: { user: { reminderChannel: { url: { startsWith: receiver.url } } } }, select: { state: true } });
    expect(sent.map((row) => row.state)).toEqual([...all, ...all].map(() => "SENT"));
  });
});
