// When an event's reminders are due: the evening before (20:00 on the previous calendar day in
// the user's time zone) and one hour before. Pure.
import { TZDate } from "@date-fns/tz";

export const REMINDER_KINDS = ["day-before", "hour-before"] as const;
export type TReminderKind = (typeof REMINDER_KINDS)[number];

const EVENING_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

/** The instant the `kind` reminder of an event at `scheduledAt` is due, in `timeZone`. */
export function reminderDueAt(kind: TReminderKind, scheduledAt: Date, timeZone: string): Date {
  if (kind === "hour-before") return new Date(scheduledAt.getTime() - HOUR_MS);
  const local = new TZDate(scheduledAt, timeZone);
  const evening = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - 1, EVENING_HOUR, 0, timeZone);
  return new Date(evening.getTime());
}

/**
 * The reminders of an event at `scheduledAt` to send at `now`: due, the event still ahead, and
 * once the hour-before one is due, only that one (a missed evening reminder is not sent late).
 */
export function dueReminders(scheduledAt: Date, timeZone: string, now: Date): TReminderKind[] {
  if (scheduledAt.getTime() <= now.getTime()) return [];
  const hourBefore = reminderDueAt("hour-before", scheduledAt, timeZone);
  if (hourBefore.getTime() <= now.getTime()) return ["hour-before"];
  return reminderDueAt("day-before", scheduledAt, timeZone).getTime() <= now.getTime() ? ["day-before"] : [];
}

/** How far ahead of an event its earliest reminder can fall (the evening before, at most ~2 days). */
export const LOOKAHEAD_MS = 2 * 24 * HOUR_MS;
