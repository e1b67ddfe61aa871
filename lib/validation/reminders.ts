import { z } from "zod";

import { WebhookPreset } from "@/lib/generated/prisma/enums";
import { parseWebhookUrl } from "@/lib/reminders/webhook-url";
import { ZId } from "@/lib/validation/id";

// The reminder webhook form. Messages are i18n keys.

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
