// When an event's reminders are due, by the user's reminder times: the evening before (a time of
// day on the previous calendar day in the user's time zone, 20:00 unless changed) and a lead time
// before the event (60 minutes unless changed); either can be off. Pure.
import { daysBetween, wallClock, zonedTimeToUtc } from "@/lib/dates/zone";

export const REMINDER_KINDS = ["day-before", "hour-before"] as const;
export type TReminderKind = (typeof REMINDER_KINDS)[number];

/** The user's reminder times: `eveningAt` "HH:MM" the day before, `leadMinutes` before; null = off. */
export type TReminderTimes = { eveningAt: string | null; leadMinutes: number | null };
export const DEFAULT_REMINDER_TIMES: TReminderTimes = { eveningAt: "20:00", leadMinutes: 60 };
/** The lead times the settings offer (minutes before the event). */
export const LEAD_MINUTES = [15, 30, 60, 120, 1440] as const;

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The instant the `kind` reminder of an event at `scheduledAt` is due in `timeZone`, or null when it is off. */
export function reminderDueAt(kind: TReminderKind, scheduledAt: Date, timeZone: string, times: TReminderTimes = DEFAULT_REMINDER_TIMES): Date | null {
  if (kind === "hour-before") return times.leadMinutes === null ? null : new Date(scheduledAt.getTime() - times.leadMinutes * MINUTE_MS);
  if (times.eveningAt === null) return null;
  const [hours = 0, minutes = 0] = times.eveningAt.split(":").map(Number);
  const { year, month, day } = wallClock(scheduledAt, timeZone);
  return zonedTimeToUtc(year, month, day - 1, hours, minutes, timeZone);
}

/**
 * The reminder of an event at `scheduledAt` to send at `now` (none or one): the one due most
 * recently while the event is still ahead. Once a later one is due, an earlier one missed (the
 * app was down, the queue held up) is not sent late.
 */
export function dueReminders(scheduledAt: Date, timeZone: string, now: Date, times: TReminderTimes = DEFAULT_REMINDER_TIMES): TReminderKind[] {
  if (scheduledAt.getTime() <= now.getTime()) return [];
  let latest: { kind: TReminderKind; at: number } | null = null;
  for (const kind of REMINDER_KINDS) {
    const at = reminderDueAt(kind, scheduledAt, timeZone, times)?.getTime();
    if (at !== undefined && at <= now.getTime() && (latest === null || at > latest.at)) latest = { kind, at };
  }
  return latest ? [latest.kind] : [];
}

/** How far ahead of an event its earliest reminder can fall (00:00 the day before, in a zone changing its clocks). */
export const LOOKAHEAD_MS = 2 * DAY_MS + 2 * 60 * MINUTE_MS;

/** How a reminder speaks of its event: 即将开始 (a lead under a day), else by the event's local day from now. */
type TReminderWording = "hour-before" | "today" | "day-before" | "later";

/** The wording of the `kind` reminder sent at `now` for an event at `scheduledAt`, in `timeZone`. */
export function reminderWording(kind: TReminderKind, scheduledAt: Date, now: Date, timeZone: string, times: TReminderTimes): TReminderWording {
  if (kind === "hour-before" && (times.leadMinutes ?? 0) < DAY_MS / MINUTE_MS) return "hour-before";
  const days = daysBetween(now, scheduledAt, timeZone);
  return days <= 0 ? "today" : days === 1 ? "day-before" : "later";
}
