import "server-only";

import { randomUUID } from "node:crypto";

import { consumeAttempt, REMINDER_SENDS_PER_USER } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env.js";
import { LOCALES, type TLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/dictionaries";
import type { TReminderMessage } from "@/lib/reminders/payload";
import { sendWebhook, WebhookError } from "@/lib/reminders/send-webhook";
import { dueReminders, LOOKAHEAD_MS, REMINDER_KINDS, reminderWording, type TReminderKind, type TReminderTimes } from "@/lib/reminders/times";
import { reminderTimesOf } from "@/lib/validation/reminders";

// Delivering reminders: which are due now across all users, and sending one by claim, then send,
// then outcome. The claim is one short statement on the SentReminder row (unique per event,
// reminder and event time), so one worker of however many gets it; the send runs outside any
// transaction; its outcome (SENT or FAILED) is written after. A claim with no outcome after a few
// minutes (the process died) is taken again: a crash after the message left and before SENT was
// written sends that one reminder twice, at most; a crash before it left loses nothing.

/** One reminder to deliver; `scheduledAt` is the event time it was computed for (ISO). */
export type TReminderJob = { userId: string; eventId: string; kind: TReminderKind; scheduledAt: string };

/** The queue's retries of a failed delivery; after the last one it is listed in settings. */
export const DELIVERY_RETRIES = 3;
export const DELIVERY_ATTEMPTS = DELIVERY_RETRIES + 1;


export const localeOf = (value: string): TLocale => ((LOCALES as readonly string[]).includes(value) ? (value as TLocale) : "zh");
export const describeFailure = (error: unknown) => (error instanceof WebhookError ? error.message : "request failed").slice(0, 300);

export async function recordChannelFailure(userId: string, error: unknown): Promise<void> {
  await db.reminderChannel.updateMany({ where: { userId }, data: { lastError: describeFailure(error), lastErrorAt: new Date() } });
}

/** The queue's key of a reminder: one job, and one send, per event, reminder and event time. */
export const reminderKey = (job: Pick<TReminderJob, "eventId" | "kind" | "scheduledAt">) => `${job.eventId}|${job.kind}|${job.scheduledAt}`;

/**
 * Every reminder due at `now` by its user's reminder times, for users with a webhook (pending
 * events still ahead), that is not sent, failed (its retries are the queue's) or claimed by a
 * live worker.
 */
export async function findDueReminders(now: Date): Promise<TReminderJob[]> {
  const events = await db.stageEvent.findMany({
    where: {
      result: "PENDING",
      scheduledAt: { gt: now, lte: new Date(now.getTime() + LOOKAHEAD_MS) },
      user: { disabledAt: null, reminderChannel: { isNot: null } },
    },
    select: { id: true, userId: true, scheduledAt: true, user: { select: { timeZone: true, preferences: true } } },
  });
  const candidates = events.flatMap((event) =>
    dueReminders(event.scheduledAt!, event.user.timeZone, now, reminderTimesOf(event.user.preferences)).map((kind) => ({ userId: event.userId, eventId: event.id, kind, scheduledAt: event.scheduledAt!.toISOString() })),
  );
  if (candidates.length === 0) return [];
  const rows = await db.sentReminder.findMany({
    where: { eventId: { in: candidates.map((job) => job.eventId) } },
    select: { eventId: true, kind: true, scheduledAt: true, state: true, claimedAt: true },
  });
  const staleBefore = now.getTime() - env.REMINDER_CLAIM_STALE_SECONDS * 1000;
  const held = rows.filter((row) => row.state !== "CLAIMED" || row.claimedAt.getTime() > staleBefore);
  const done = new Set(held.map((row) => reminderKey({ ...row, kind: row.kind as TReminderKind, scheduledAt: row.scheduledAt.toISOString() })));
  return candidates.filter((job) => !done.has(reminderKey(job)));
}

type TMessageContext = { locale: string; timeZone: string; times: TReminderTimes };

/** A reminder's text in the user's language and zone, worded by when it goes out (lib/reminders/times). */
function reminderMessage(job: Pick<TReminderJob, "kind" | "scheduledAt">, event: { stage: string; label: string; companyName: string }, { locale, timeZone, times }: TMessageContext): TReminderMessage {
  const t = translatorFor(localeOf(locale), timeZone);
  const label = event.label || t(`stages.stage.${event.stage}` as "stages.stage.INTERVIEW");
  const wording = reminderWording(job.kind, new Date(job.scheduledAt), new Date(), timeZone, times);
  return { title: t("reminders.message.title"), text: t(`reminders.message.${wording}`, { at: new Date(job.scheduledAt), company: event.companyName, label }) };
}

/** Claims a reminder for this worker: its row, new, failed before, or claimed long ago without an outcome. */
async function claimReminder(job: TReminderJob, scheduledAt: Date): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "SentReminder" AS s (id, "userId", "eventId", kind, "scheduledAt", state, "claimedAt", attempts)
    VALUES (${randomUUID()}, ${job.userId}, ${job.eventId}, ${job.kind}, ${scheduledAt}, 'CLAIMED', now(), 1)
    ON CONFLICT ("eventId", kind, "scheduledAt") DO UPDATE
      SET state = 'CLAIMED', "claimedAt" = now(), attempts = s.attempts + 1, error = NULL
      WHERE s."userId" = EXCLUDED."userId"
        AND (s.state = 'FAILED' OR (s.state = 'CLAIMED' AND s."claimedAt" < now() - make_interval(secs => ${env.REMINDER_CLAIM_STALE_SECONDS})))
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/**
 * Sends one reminder unless it was sent or claimed already, the event moved or closed, the user
 * has no webhook, or it is no longer the reminder due (a later one is). A failed send is marked
 * FAILED, recorded on the channel and thrown, so the queue retries; a user over the hourly cap
 * gets it marked FAILED for good (listed in settings, where it can be tried again).
 */
export async function deliverReminder(job: TReminderJob): Promise<"sent" | "skipped" | "limited"> {
  if (!REMINDER_KINDS.includes(job.kind)) return "skipped";
  const scheduledAt = new Date(job.scheduledAt);
  const event = await db.stageEvent.findFirst({
    where: { id: job.eventId, userId: job.userId, result: "PENDING", scheduledAt },
    select: {
      stage: true,
      label: true,
      application: { select: { company: { select: { name: true } } } },
      user: { select: { locale: true, timeZone: true, preferences: true, disabledAt: true, reminderChannel: { select: { preset: true, url: true } } } },
    },
  });
  const channel = event?.user.reminderChannel;
  if (!event || !channel || event.user.disabledAt) return "skipped";
  // The user's times are read now, not when the job was queued: a change re-plans what waits.
  const times = reminderTimesOf(event.user.preferences);
  if (!dueReminders(scheduledAt, event.user.timeZone, new Date(), times).includes(job.kind)) return "skipped";
  const claim = await claimReminder(job, scheduledAt);
  if (!claim) return "skipped";
  if (!(await consumeAttempt(REMINDER_SENDS_PER_USER, job.userId)).allowed) {
    await db.sentReminder.update({ where: { id: claim }, data: { state: "FAILED", attempts: DELIVERY_ATTEMPTS, error: "hourly limit reached" } });
    return "limited";
  }
  const message = reminderMessage(job, { stage: event.stage, label: event.label, companyName: event.application.company.name }, { locale: event.user.locale, timeZone: event.user.timeZone, times });
  try {
    await sendWebhook(channel.preset, channel.url, message);
  } catch (error) {
    await db.sentReminder.update({ where: { id: claim }, data: { state: "FAILED", error: describeFailure(error) } });
    await recordChannelFailure(job.userId, error);
    throw error;
  }
  await db.$transaction([
    db.sentReminder.update({ where: { id: claim }, data: { state: "SENT", sentAt: new Date() } }),
    db.reminderChannel.updateMany({ where: { userId: job.userId }, data: { lastSentAt: new Date(), lastError: null, lastErrorAt: null } }),
  ]);
  return "sent";
}
