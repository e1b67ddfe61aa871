/** Wall-clock dates from the notes (no year, local time) → UTC instants. */
import { zonedTimeToUtc } from "@/lib/dates/zone";

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `3.6`, `3/6`, `03-06`, `3月6日` → month and day, or null. */
function parseMonthDay(text: string, year: number): { month: number; day: number } | null {
  const m = /^(\d{1,2})\s*[./\-－月]\s*(\d{1,2})\s*[日号]?$/u.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return isValidDay(year, month, day) ? { month, day } : null;
}

/** A bare date (`3.6`) at 00:00 local time. */
export function parseLocalDate(text: string, year: number, timeZone: string): Date | null {
  const md = parseMonthDay(text, year);
  return md ? zonedTimeToUtc(year, md.month, md.day, 0, 0, timeZone) : null;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/** `04-01 19:00`, `4.1 19:00`, `4月1日 19:00` or a bare date → the instant, or null. */
export function parseLocalDateTime(text: string, year: number, timeZone: string): Date | null {
  const trimmed = text.trim();
  // The time at the end, after whitespace or 日/号. Unanchored at the start but with no lazy prefix
  // group, so each position is tried once: linear in the text, whatever its whitespace.
  const m = /(?:\s|(?<=[日号]))(\d{1,2})\s*[:：]\s*(\d{2})$/u.exec(trimmed);
  const date = m ? trimmed.slice(0, m.index).trimEnd() : "";
  if (!m || LINE_TERMINATOR.test(date)) return parseLocalDate(text, year, timeZone);
  const md = parseMonthDay(date, year);
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (!md || hour > 23 || minute > 59) return null;
  return zonedTimeToUtc(year, md.month, md.day, hour, minute, timeZone);
}
