// Wall-clock time in an IANA time zone ↔ UTC instants, with Intl only (no time-zone data of our
// own). Pure; used by the notes parser, the services and client forms.

import { dateTimeFormat } from "@/lib/date-time-format";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export type TWallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
}

/** Throws a RangeError for a zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** What the wall clock in `timeZone` shows at `date`. */
export function wallClockIn(date: Date, timeZone: string): TWallClock {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** How far `timeZone` is ahead of UTC at the instant `utcMs`, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  if (timeZone === DEFAULT_TIME_ZONE) return 8 * 3600_000; // UTC+8 all year, no DST
  const p = wallClockIn(new Date(utcMs), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** The UTC instant at which the wall clock in `timeZone` shows the given local time. */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const local = Date.UTC(year, month - 1, day, hour, minute);
  const first = local - offsetAt(local, timeZone);
  return new Date(local - offsetAt(first, timeZone));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` of the calendar day `date` falls on in `timeZone`. */
export function localDayOf(date: Date, timeZone: string): string {
  const p = wallClockIn(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Calendar days from `from`'s day to `to`'s day in `timeZone` (0 = same day, 1 = tomorrow). */
export function daysBetween(from: Date, to: Date, timeZone: string): number {
  const day = (date: Date) => {
    const p = wallClockIn(date, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day);
  };
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Midnight `days` calendar days after today's, in `timeZone`. */
export function startOfDayIn(now: Date, timeZone: string, days = 0): Date {
  const p = wallClockIn(now, timeZone);
  return zonedTimeToUtc(p.year, p.month, p.day + days, 0, 0, timeZone);
}
