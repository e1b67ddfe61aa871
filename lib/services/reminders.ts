import "server-only";

import { consumeAttempt, REMINDER_TESTS_PER_USER } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/dictionaries";
import type { ReminderChannelType, Stage } from "@/lib/generated/prisma/enums";
import { localeOf } from "@/lib/i18n/config";
import { assertWebhookUrl, sendWebhook } from "@/lib/reminders/send-webhook";
import { dueReminders, type TReminderKind, type TReminderTimes } from "@/lib/reminders/times";
import { reminderTimesOf, type TReminderChannelInput } from "@/lib/validation/reminders";
import { mergeUserPreferences } from "@/lib/services/users";

import { DELIVERY_ATTEMPTS, sendRecorded } from "./reminder-delivery";

// Reminders as the settings page sees them: the user's webhook, a test message, the reminder
// times, and the reminders that failed after the queue's last retry, each of which can be tried again.

const CHANNEL_SELECT = { preset: true, url: true, lastSentAt: true, lastError: true, lastErrorAt: true } as const;

export async function getReminderChannel(userId: string) {
  assertUserId(userId);
  return db.reminderChannel.findUnique({ where: { userId }, select: CHANNEL_SELECT });
}

/** Saves the user's webhook; an internal or loopback address, or another port than 80/443, is refused under the field. */
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

/** Posts a test message to the user's webhook: `{ sent: false, error }` says why it failed (also kept on the channel). */
export async function sendTestReminder(userId: string): Promise<{ sent: boolean; error?: string }> {
  assertUserId(userId);
  const channel = await db.reminderChannel.findUnique({ where: { userId }, select: { preset: true, url: true, user: { select: { locale: true } } } });
  if (!channel) throw new AppError("NOT_FOUND", "reminders.noChannel");
  if (!(await consumeAttempt(REMINDER_TESTS_PER_USER, userId)).allowed) throw new AppError("RATE_LIMITED");
  const t = translatorFor(localeOf(channel.user.locale));
  return sendRecorded(userId, "WEBHOOK", () => sendWebhook(channel.preset, channel.url, { title: t("reminders.message.title"), text: t("reminders.message.test") }));
}

/**
 * Saves when the user's reminders go out. Merged into the preferences in one statement, so other
 * keys written meanwhile survive. What is not sent yet follows the new times from the next sweep
 * on; a reminder already queued under the old ones is dropped when it is delivered.
 */
export async function saveReminderTimes(userId: string, times: TReminderTimes): Promise<void> {
  await mergeUserPreferences(userId, { reminders: times });
}

/** How many failed reminders settings lists. */
const FAILED_SHOWN = 5;

export type TFailedReminder = { id: string; kind: TReminderKind; channel: ReminderChannelType; scheduledAt: Date; error: string | null; companyId: string; companyName: string; stage: Stage; label: string };

/**
 * The user's latest reminders that failed after the last retry and could still go out: their
 * event is pending at the same time and they are still the reminder due.
 */
export async function listFailedReminders(userId: string, now = new Date()): Promise<TFailedReminder[]> {
  assertUserId(userId);
  const rows = await db.sentReminder.findMany({
    where: { userId, state: "FAILED", attempts: { gte: DELIVERY_ATTEMPTS }, scheduledAt: { gt: now } },
    orderBy: { claimedAt: "desc" },
    take: FAILED_SHOWN,
    select: { id: true, eventId: true, kind: true, channel: true, scheduledAt: true, error: true },
  });
  if (rows.length === 0) return [];
  const events = await db.stageEvent.findMany({
    where: { userId, id: { in: rows.map((row) => row.eventId) }, result: "PENDING" },
    select: { id: true, stage: true, label: true, scheduledAt: true, user: { select: { timeZone: true, preferences: true } }, application: { select: { company: { select: { id: true, name: true } } } } },
  });
  const byId = new Map(events.map((event) => [event.id, event]));
  return rows.flatMap((row) => {
    const event = byId.get(row.eventId);
    const kind = row.kind as TReminderKind;
    if (!event || event.scheduledAt?.getTime() !== row.scheduledAt.getTime() || !dueReminders(row.scheduledAt, event.user.timeZone, now, reminderTimesOf(event.user.preferences)).includes(kind)) return [];
    const { company } = event.application;
    return [{ id: row.id, kind, channel: row.channel, scheduledAt: row.scheduledAt, error: row.error, companyId: company.id, companyName: company.name, stage: event.stage, label: event.label }];
  });
}

/** Puts a failed reminder back in line: the queue's next sweep (within a minute) sends it again. */
export async function retryFailedReminder(userId: string, id: string): Promise<void> {
  assertUserId(userId);
  const { count } = await db.sentReminder.deleteMany({ where: { id, userId, state: "FAILED" } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
