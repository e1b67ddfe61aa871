// Wall-clock times in the user's time zone (a setting, default Asia/Shanghai), not the browser's:
// forms send `2026-04-01T19:00`, the server stores the instant. Pure; used on both sides.
import { wallClockIn, zonedTimeToUtc } from "@/lib/time-zone";

/** `2026-04-01T19:00` in `timeZone` → the instant. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  return zonedTimeToUtc(asUtc.getUTCFullYear(), asUtc.getUTCMonth() + 1, asUtc.getUTCDate(), asUtc.getUTCHours(), asUtc.getUTCMinutes(), timeZone);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant as a datetime-local value in `timeZone`. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const p = wallClockIn(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Monday 00:00 of the current week and the Monday after, in `timeZone`: "has an event this week". */
export function weekBoundsIn(now: Date, timeZone: string): { start: Date; end: Date } {
  const p = wallClockIn(now, timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const back = (weekday + 6) % 7;
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - back));
  const local = `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}T00:00`;
  const start = zonedToUtc(local, timeZone);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  const nextLocal = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}T00:00`;
  return { start, end: zonedToUtc(nextLocal, timeZone) };
}
