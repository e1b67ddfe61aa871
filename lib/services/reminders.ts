import "server-only";

import { randomUUID } from "node:crypto";

import { consumeAttempt, REMINDER_TESTS_PER_USER } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { LOCALES, type TLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/dictionaries";
import { webhookBody, type TReminderMessage } from "@/lib/reminders/payload";
import { assertWebhookUrl, postWebhook, WebhookError, WEBHOOK_TIMEOUT_MS } from "@/lib/reminders/send-webhook";
import { dueReminders, LOOKAHEAD_MS, REMINDER_KINDS, type TReminderKind } from "@/lib/reminders/times";
import type { TReminderChannelInput } from "@/lib/validation/reminders";

// Reminders: the user's webhook, the reminders due now across all users, and delivering one
// reminder exactly once (the SentReminder row and the send share one transaction).

/** One reminder to deliver; `scheduledAt` is the event time it was computed for (ISO). */
export type TReminderJob = { userId: string; eventId: string; kind: TReminderKind; scheduledAt: string };

const CHANNEL_SELECT = { preset: true, url: true, lastSentAt: true, lastError: true, lastErrorAt: true } as const;

export async function getReminderChannel(userId: string) {
  assertUserId(userId);
  return db.reminderChannel.findUnique({ where: { userId }, select: CHANNEL_SELECT });
}

/** Saves the user's webhook; an internal or loopback address is refused under the field. */
export async function saveReminderChannel(userId: string, input: TReminderChannelInput): Promise<void> {
  assertUserId(userId);
  try {
    assertWebhookUrl(input.url);
  } catch {
    throw new AppError("VALIDATION", "reminders.badUrl", { field: "url" });
  }
  const data = { preset: input.preset, url: input.url, lastError: null, lastErrorAt: null };
  await db.reminderChannel.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

export async function removeReminderChannel(userId: string): Promise<void> {
  assertUserId(userId);
  await db.reminderChannel.deleteMany({ where: { userId } });
}

const localeOf = (value: string): TLocale => (LOCALES as readonly string[]).includes(value) ? (value as TLocale) : "zh";
const describe = (error: unknown) => (error instanceof WebhookError ? error.message : "request failed").slice(0, 300);

async function recordFailure(userId: string, error: unknown): Promise<void> {
  await db.reminderChannel.updateMany({ where: { userId }, data: { lastError: describe(error), lastErrorAt: new Date() } });
}

/** Posts a test message to the user's webhook: `{ sent: false, error }` says why it failed (also kept on the channel). */
export async function sendTestReminder(userId: string): Promise<{ sent: boolean; error?: string }> {
  assertUserId(userId);
  const channel = await db.reminderChannel.findUnique({ where: { userId }, select: { preset: true, url: true, user: { select: { locale: true } } } });
  if (!channel) throw new AppError("NOT_FOUND", "reminders.noChannel");
  if (!(await consumeAttempt(REMINDER_TESTS_PER_USER, userId)).allowed) throw new AppError("RATE_LIMITED");
  const t = translatorFor(localeOf(channel.user.locale));
  try {
    await postWebhook(channel.url, webhookBody(channel.preset, { title: t("reminders.message.title"), text: t("reminders.message.test") }));
  } catch (error) {
    await recordFailure(userId, error);
    return { sent: false, error: describe(error) };
  }
  await db.reminderChannel.update({ where: { userId }, data: { lastSentAt: new Date(), lastError: null, lastErrorAt: null } });
  return { sent: true };
}

/** Every reminder due at `now` and not yet sent, for users with a webhook (events still ahead, pending). */
export async function findDueReminders(now: Date): Promise<TReminderJob[]> {
  const events = await db.stageEvent.findMany({
    where: {
      result: "PENDING",
      scheduledAt: { gt: now, lte: new Date(now.getTime() + LOOKAHEAD_MS) },
      user: { disabledAt: null, reminderChannel: { isNot: null } },
    },
    select: { id: true, userId: true, scheduledAt: true, user: { select: { timeZone: true } } },
  });
  const candidates = events.flatMap((event) =>
    dueReminders(event.scheduledAt!, event.user.timeZone, now).map((kind) => ({ userId: event.userId, eventId: event.id, kind, scheduledAt: event.scheduledAt!.toISOString() })),
  );
  if (candidates.length === 0) return [];
  const sent = await db.sentReminder.findMany({ where: { eventId: { in: candidates.map((job) => job.eventId) } }, select: { eventId: true, kind: true, scheduledAt: true } });
  const keyOf = (job: { eventId: string; kind: string; scheduledAt: string }) => `${job.eventId}|${job.kind}|${job.scheduledAt}`;
  const done = new Set(sent.map((row) => keyOf({ ...row, scheduledAt: row.scheduledAt.toISOString() })));
  return candidates.filter((job) => !done.has(keyOf(job)));
}

/** The queue's key of a reminder: one job, and one send, per event, reminder and event time. */
export const reminderKey = (job: TReminderJob) => `${job.eventId}|${job.kind}|${job.scheduledAt}`;

function messageFor(job: TReminderJob, event: { stage: string; label: string; companyName: string }, locale: string, timeZone: string): TReminderMessage {
  const t = translatorFor(localeOf(locale), timeZone);
  const label = event.label || t(`stages.stage.${event.stage}` as "stages.stage.INTERVIEW");
  return { title: t("reminders.message.title"), text: t(`reminders.message.${job.kind}`, { at: new Date(job.scheduledAt), company: event.companyName, label }) };
}

/**
 * Sends one reminder unless it was sent already, the event moved or closed, or the user has no
 * webhook. The SentReminder row is inserted first in the transaction that sends: a second worker
 * with the same reminder waits on that row, then finds it taken. A failed send rolls the row back,
 * records the failure on the channel and throws, so the queue retries.
 */
export async function deliverReminder(job: TReminderJob): Promise<"sent" | "skipped"> {
  if (!REMINDER_KINDS.includes(job.kind)) return "skipped";
  const scheduledAt = new Date(job.scheduledAt);
  try {
    return await db.$transaction(
      async (tx) => {
        const event = await tx.stageEvent.findFirst({
          where: { id: job.eventId, userId: job.userId, result: "PENDING", scheduledAt },
          select: {
            stage: true,
            label: true,
            application: { select: { company: { select: { name: true } } } },
            user: { select: { locale: true, timeZone: true, disabledAt: true, reminderChannel: { select: { preset: true, url: true } } } },
          },
        });
        const channel = event?.user.reminderChannel;
        // A reminder that could only arrive after its event (a queue held up) is not sent late.
        if (!event || !channel || event.user.disabledAt || scheduledAt <= new Date()) return "skipped" as const;
        const inserted = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "SentReminder" (id, "userId", "eventId", kind, "scheduledAt")
          VALUES (${randomUUID()}, ${job.userId}, ${job.eventId}, ${job.kind}, ${scheduledAt})
          ON CONFLICT DO NOTHING RETURNING id`;
        if (inserted.length === 0) return "skipped" as const;
        const message = messageFor(job, { stage: event.stage, label: event.label, companyName: event.application.company.name }, event.user.locale, event.user.timeZone);
        await postWebhook(channel.url, webhookBody(channel.preset, message));
        await tx.reminderChannel.update({ where: { userId: job.userId }, data: { lastSentAt: new Date(), lastError: null, lastErrorAt: null } });
        return "sent" as const;
      },
      { maxWait: 5_000, timeout: WEBHOOK_TIMEOUT_MS + 10_000 },
    );
  } catch (error) {
    await recordFailure(job.userId, error);
    throw error;
  }
}
