import "server-only";

import { randomUUID } from "node:crypto";

import { consumeAttempt, REMINDER_SENDS_PER_USER } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env.js";
import type { ReminderChannelType, WebhookPreset } from "@/lib/generated/prisma/enums";
import { reminderMail, reminderMessage, type TReminderEvent, type TReminderReader } from "@/lib/reminders/messages";
import { MailError, sendMail, smtpUrl } from "@/lib/reminders/send-mail";
import { sendWebhook, WebhookError } from "@/lib/reminders/send-webhook";
import { dueReminders, LOOKAHEAD_MS, REMINDER_KINDS, type TReminderKind } from "@/lib/reminders/times";
import { reminderTimesOf } from "@/lib/validation/reminders";

// Delivering reminders: which are due now across all users, and sending one by claim, then send,
// then outcome. The claim is one short statement on the SentReminder row (unique per event,
// reminder, event time and channel), so one worker of however many gets it; the send runs outside
// any transaction; its outcome (SENT or FAILED) is written after. A claim with no outcome after a
// few minutes (the process died) is taken again: a crash after the message left and before SENT
// was written sends that one reminder twice, at most; a crash before it left loses nothing.

/** One reminder to deliver on one channel; `scheduledAt` is the event time it was computed for (ISO). */
export type TReminderJob = { userId: string; eventId: string; kind: TReminderKind; scheduledAt: string; channel: ReminderChannelType };

/** The queue's retries of a failed delivery; after the last one it is listed in settings. */
export const DELIVERY_RETRIES = 3;
export const DELIVERY_ATTEMPTS = DELIVERY_RETRIES + 1;

const describeFailure = (error: unknown) => (error instanceof WebhookError || error instanceof MailError ? error.message : "request failed").slice(0, 300);

type TUserChannels = { email: string; reminderChannel: { preset: WebhookPreset; url: string } | null; reminderEmail: { address: string | null; confirmedAt: Date | null } | null };

/** Where the user's reminder mail goes: the account's address, or their own confirmed one; null without SMTP or mail reminders. */
function mailTarget(user: Pick<TUserChannels, "email" | "reminderEmail">): string | null {
  const row = user.reminderEmail;
  if (!row || !smtpUrl()) return null;
  if (row.address === null) return user.email;
  return row.confirmedAt ? row.address : null;
}

const channelsOf = (user: TUserChannels): ReminderChannelType[] => [...(user.reminderChannel ? ["WEBHOOK" as const] : []), ...(mailTarget(user) ? ["EMAIL" as const] : [])];

/** Writes the outcome of a send (a test or a reminder) on the channel's own row. */
async function recordChannelOutcome(userId: string, channel: ReminderChannelType, error: unknown | null): Promise<void> {
  const data = error === null ? { lastSentAt: new Date(), lastError: null, lastErrorAt: null } : { lastError: describeFailure(error), lastErrorAt: new Date() };
  if (channel === "EMAIL") await db.reminderEmail.updateMany({ where: { userId }, data });
  else await db.reminderChannel.updateMany({ where: { userId }, data });
}

/** Sends a test on `channel` and records how it went: `{ sent: false, error }` says why it failed. */
export async function sendRecorded(userId: string, channel: ReminderChannelType, send: () => Promise<void>): Promise<{ sent: boolean; error?: string }> {
  try {
    await send();
  } catch (error) {
    await recordChannelOutcome(userId, channel, error);
    return { sent: false, error: describeFailure(error) };
  }
  await recordChannelOutcome(userId, channel, null);
  return { sent: true };
}

/** The queue's key of a reminder: one job, and one send, per event, reminder, event time and channel. */
export const reminderKey = (job: Pick<TReminderJob, "eventId" | "kind" | "scheduledAt" | "channel">) => `${job.eventId}|${job.kind}|${job.scheduledAt}|${job.channel}`;

const CHANNELS_SELECT = { email: true, reminderChannel: { select: { preset: true, url: true } }, reminderEmail: { select: { address: true, confirmedAt: true } } } as const;

/**
 * Every reminder due at `now` by its user's reminder times, on each channel the user has (pending
 * events still ahead), that is not sent, failed (its retries are the queue's) or claimed by a
 * live worker.
 */
export async function findDueReminders(now: Date): Promise<TReminderJob[]> {
  const events = await db.stageEvent.findMany({
    where: {
      result: "PENDING",
      scheduledAt: { gt: now, lte: new Date(now.getTime() + LOOKAHEAD_MS) },
      user: { disabledAt: null, OR: [{ reminderChannel: { isNot: null } }, ...(smtpUrl() ? [{ reminderEmail: { isNot: null } }] : [])] },
    },
    select: { id: true, userId: true, scheduledAt: true, user: { select: { timeZone: true, preferences: true, ...CHANNELS_SELECT } } },
  });
  const candidates = events.flatMap((event) =>
    dueReminders(event.scheduledAt!, event.user.timeZone, now, reminderTimesOf(event.user.preferences)).flatMap((kind) =>
      channelsOf(event.user).map((channel) => ({ userId: event.userId, eventId: event.id, kind, scheduledAt: event.scheduledAt!.toISOString(), channel })),
    ),
  );
  if (candidates.length === 0) return [];
  const rows = await db.sentReminder.findMany({
    where: { eventId: { in: candidates.map((job) => job.eventId) } },
    select: { eventId: true, kind: true, scheduledAt: true, channel: true, state: true, claimedAt: true },
  });
  const staleBefore = now.getTime() - env.REMINDER_CLAIM_STALE_SECONDS * 1000;
  const held = rows.filter((row) => row.state !== "CLAIMED" || row.claimedAt.getTime() > staleBefore);
  const done = new Set(held.map((row) => reminderKey({ ...row, kind: row.kind as TReminderKind, scheduledAt: row.scheduledAt.toISOString() })));
  return candidates.filter((job) => !done.has(reminderKey(job)));
}

/** Claims a reminder for this worker: its row, new, failed before, or claimed long ago without an outcome. */
async function claimReminder(job: TReminderJob, scheduledAt: Date): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "SentReminder" AS s (id, "userId", "eventId", kind, "scheduledAt", channel, state, "claimedAt", attempts)
    VALUES (${randomUUID()}, ${job.userId}, ${job.eventId}, ${job.kind}, ${scheduledAt}, ${job.channel}::"ReminderChannelType", 'CLAIMED', now(), 1)
    ON CONFLICT ("eventId", kind, "scheduledAt", channel) DO UPDATE
      SET state = 'CLAIMED', "claimedAt" = now(), attempts = s.attempts + 1, error = NULL
      WHERE s."userId" = EXCLUDED."userId"
        AND (s.state = 'FAILED' OR (s.state = 'CLAIMED' AND s."claimedAt" < now() - make_interval(secs => ${env.REMINDER_CLAIM_STALE_SECONDS})))
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** Sends a reminder's text on `channel` of `user`; throws when it was not taken. */
async function sendOn(channel: ReminderChannelType, user: TUserChannels, kind: TReminderKind, event: TReminderEvent, reader: TReminderReader): Promise<void> {
  const now = new Date();
  if (channel === "EMAIL") {
    const mail = reminderMail(kind, event, reader, now);
    await sendMail(mailTarget(user)!, mail.subject, mail.text);
  } else {
    const { preset, url } = user.reminderChannel!;
    await sendWebhook(preset, url, reminderMessage(kind, event, reader, now));
  }
}

/**
 * Sends one reminder on its channel unless it was sent or claimed already, the event moved or
 * closed, the user has no such channel, or it is no longer the reminder due (a later one is). A
 * failed send is marked FAILED, recorded on the channel and thrown, so the queue retries; a user
 * over the hourly cap gets it marked FAILED for good (listed in settings, where it can be retried).
 */
export async function deliverReminder(input: TReminderJob): Promise<"sent" | "skipped" | "limited"> {
  // Jobs queued before reminders had channels were webhook ones.
  const job: TReminderJob = { ...input, channel: input.channel === "EMAIL" ? "EMAIL" : "WEBHOOK" };
  if (!REMINDER_KINDS.includes(job.kind)) return "skipped";
  const scheduledAt = new Date(job.scheduledAt);
  const event = await db.stageEvent.findFirst({
    where: { id: job.eventId, userId: job.userId, result: "PENDING", scheduledAt },
    select: {
      stage: true,
      label: true,
      link: true,
      application: { select: { company: { select: { id: true, name: true } } } },
      user: { select: { locale: true, timeZone: true, preferences: true, disabledAt: true, ...CHANNELS_SELECT } },
    },
  });
  if (!event || event.user.disabledAt || !channelsOf(event.user).includes(job.channel)) return "skipped";
  // The user's times are read now, not when the job was queued: a change re-plans what waits.
  const times = reminderTimesOf(event.user.preferences);
  if (!dueReminders(scheduledAt, event.user.timeZone, new Date(), times).includes(job.kind)) return "skipped";
  const claim = await claimReminder(job, scheduledAt);
  if (!claim) return "skipped";
  if (!(await consumeAttempt(REMINDER_SENDS_PER_USER, job.userId)).allowed) {
    await db.sentReminder.update({ where: { id: claim }, data: { state: "FAILED", attempts: DELIVERY_ATTEMPTS, error: "hourly limit reached" } });
    return "limited";
  }
  const { company } = event.application;
  const details = { stage: event.stage, label: event.label, scheduledAt, link: event.link, companyId: company.id, companyName: company.name };
  const reader = { locale: event.user.locale, timeZone: event.user.timeZone, times, appUrl: env.NEXTAUTH_URL ?? null };
  try {
    await sendOn(job.channel, event.user, job.kind, details, reader);
  } catch (error) {
    await db.sentReminder.update({ where: { id: claim }, data: { state: "FAILED", error: describeFailure(error) } });
    await recordChannelOutcome(job.userId, job.channel, error);
    throw error;
  }
  await db.sentReminder.update({ where: { id: claim }, data: { state: "SENT", sentAt: new Date() } });
  await recordChannelOutcome(job.userId, job.channel, null);
  return "sent";
}
