import { z } from "zod";

import { WebhookPreset } from "@/lib/generated/prisma/enums";
import { parseWebhookUrl } from "@/lib/reminders/webhook-url";
import { DEFAULT_REMINDER_TIMES, LEAD_MINUTES, type TReminderTimes } from "@/lib/reminders/times";
import { ZId } from "@/lib/validation/id";
import { storedPreference } from "@/lib/validation/preferences";

// The reminder settings: the webhook form, the reminder times, a failed reminder to retry. Messages are i18n keys.

export const ZReminderChannelInput = z.object({
  preset: z.enum(WebhookPreset),
  url: z
    .string()
    .trim()
    .max(2000, "reminders.badUrl")
    .refine((value) => parseWebhookUrl(value) !== null, "reminders.badUrl"),
});
export type TReminderChannelInput = z.output<typeof ZReminderChannelInput>;

/** A failed reminder to put back in line. */
export const ZRetryReminderInput = z.object({ id: ZId });

/** The user's reminder times (User.preferences.reminders): "HH:MM" the evening before, minutes before; null = off. */
export const ZReminderTimes = z.object({
  eveningAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "reminders.times.badTime").nullable(),
  leadMinutes: z.literal(LEAD_MINUTES, "reminders.times.badLead").nullable(),
});

/** The reminder times kept in a user's preferences, or the defaults when none (or none valid) are. */
export function reminderTimesOf(preferences: unknown): TReminderTimes {
  return storedPreference(preferences, "reminders", ZReminderTimes, DEFAULT_REMINDER_TIMES);
}

/** Mail reminders: `address` null sends them to the account's own address. */
export const ZReminderEmailInput = z.object({ address: z.email("reminders.email.badAddress").max(254, "reminders.email.badAddress").nullable() });
export type TReminderEmailInput = z.output<typeof ZReminderEmailInput>;

/** The code of the test mail that confirms another address. */
export const ZReminderEmailCode = z.object({ code: z.string().trim().min(1, "reminders.email.badCode").max(32, "reminders.email.badCode") });
