// Wall-clock time in the user's IANA time zone (a setting, default Asia/Shanghai) ↔ instants,
// through @date-fns/tz and date-fns. Pure; used by the notes parser, the services and client forms.
//
// A wall-clock time that does not exist or exists twice is read as @date-fns/tz reads it:
// - in a gap (clocks jump forward: 02:30 on 2026-03-08 in New York) it moves forward by the
//   gap's length, to 03:30 EDT (07:30 UTC);
// - in an overlap (clocks fall back: 01:30 on 2026-11-01 in New York) it is the first of the
//   two, 01:30 EDT (05:30 UTC), not 01:30 EST an hour later.
import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays } from "date-fns";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const plain = (date: Date) => new Date(date.getTime());

/** Throws a RangeError for a zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  if (Number.isNaN(new TZDate(0, timeZone).getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** The instant at which the wall clock in `timeZone` shows the given local time (month 1-12). */
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  return plain(new TZDate(year, month - 1, day, hour, minute, timeZone));
}

/** `2026-04-01T19:00` (a datetime-local value) in `timeZone` → the instant. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  return zonedTimeToUtc(asUtc.getUTCFullYear(), asUtc.getUTCMonth() + 1, asUtc.getUTCDate(), asUtc.getUTCHours(), asUtc.getUTCMinutes(), timeZone);
}

const DAY_MS = 86_400_000;
const STEADY_DAYS_MAX = 20_000;
// Per zone, the UTC days (day numbers) whose offset is the same at their first and last
// millisecond, with that offset, or null for a day with a change in it. No zone changes its
// offset and back within a day, so an equal pair means none changes inside: a lookup on such a
// day costs no Intl call. At most STEADY_DAYS_MAX days in all; emptied when full.
const steadyDays = new Map<string, Map<number, number | null>>();
let steadyDayCount = 0;

/** The zone's offset from UTC at `date`, in minutes (@date-fns/tz's tzOffset, read once per steady day). */
function offsetMinutes(timeZone: string, date: Date): number {
  const day = Math.floor(date.getTime() / DAY_MS);
  let days = steadyDays.get(timeZone);
  let steady = days?.get(day);
  if (steady === undefined) {
    const first = tzOffset(timeZone, new Date(day * DAY_MS));
    steady = first === tzOffset(timeZone, new Date((day + 1) * DAY_MS - 1)) ? first : null;
    if (steadyDayCount >= STEADY_DAYS_MAX) {
      steadyDays.clear();
      steadyDayCount = 0;
      days = undefined;
    }
    if (!days) steadyDays.set(timeZone, (days = new Map()));
    days.set(day, steady);
    steadyDayCount++;
  }
  return steady ?? tzOffset(timeZone, date);
}

/**
 * The wall clock in `timeZone` at `date`: the instant moved by the zone's offset at that instant,
 * read as UTC. date-fns' `format` and `differenceInCalendarDays` with `in: tz(…)`, and a TZDate,
 * look the offset up again for every field and intermediate date.
 */
export function wallClock(date: Date, timeZone: string) {
  const local = new Date(date.getTime() + offsetMinutes(timeZone, date) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const dayText = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The instant as a datetime-local value in `timeZone`. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClock(date, timeZone);
  return `${dayText(year, month, day)}T${pad(hour)}:${pad(minute)}`;
}

/** `2026-04-01 19:00` in `timeZone`: the plain-text form of CSV exports and calendar descriptions. */
export function zonedDateTimeText(date: Date, timeZone: string): string {
  return utcToZonedInput(date, timeZone).replace("T", " ");
}

/** `YYYY-MM-DD` of the calendar day `date` falls on in `timeZone`. */
export function localDayOf(date: Date, timeZone: string): string {
  const { year, month, day } = wallClock(date, timeZone);
  return dayText(year, month, day);
}

/** The year `date` falls in, in `timeZone`. */
export function yearIn(date: Date, timeZone: string): number {
  return wallClock(date, timeZone).year;
}

/** Calendar days from `from`'s day to `to`'s day in `timeZone` (0 = same day, 1 = tomorrow). */
export function daysBetween(from: Date, to: Date, timeZone: string): number {
  const dayNumber = (date: Date) => {
    const { year, month, day } = wallClock(date, timeZone);
    return Date.UTC(year, month - 1, day) / 86_400_000;
  };
  return dayNumber(to) - dayNumber(from);
}

/** Midnight `days` calendar days after today's, in `timeZone` (a day past the month's end rolls over, as in Date). */
export function startOfDayIn(now: Date, timeZone: string, days = 0): Date {
  const { year, month, day } = wallClock(now, timeZone);
  return zonedTimeToUtc(year, month, day + days, 0, 0, timeZone);
}

/**
 * "This week" wherever the app says it (the dashboard's 本周日程, the table's 本周有安排): the next
 * 7 days from `now`, as instants, so a Saturday still sees Monday's interview.
 */
export function nextWeekFrom(now: Date): { start: Date; end: Date } {
  return { start: plain(now), end: addDays(now, 7) };
}

const MAX_ZONE_LENGTH = 64;

/**
 * `value` as the runtime's canonical IANA zone name ("US/Pacific" → "America/Los_Angeles",
 * "asia/shanghai" → "Asia/Shanghai"), or null when the runtime does not know it (or it is no string).
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_ZONE_LENGTH || !/^[A-Za-z]/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An offset of `minutes` from UTC as "+08:00" or "-07:00". */
function offsetText(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

export type TZoneChoice = { zone: string; offset: string };

/**
 * Every zone the runtime lists (with UTC and `current`, whichever spelling it is stored in) and
 * its offset at `at`, sorted by offset, then name: what the settings' zone picker offers.
 */
export function timeZoneChoices(current: string, at: Date): TZoneChoice[] {
  const zones = new Set(["UTC", current, ...Intl.supportedValuesOf("timeZone")]);
  return [...zones]
    .map((zone) => ({ zone, minutes: tzOffset(zone, at) }))
    .sort((a, b) => a.minutes - b.minutes || a.zone.localeCompare(b.zone, "en"))
    .map(({ zone, minutes }) => ({ zone, offset: offsetText(minutes) }));
}
