/** Wall-clock dates from the notes (no year, local time) → UTC instants. */

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** Offset of `timeZone` from UTC at the instant `utcMs`, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  if (timeZone === DEFAULT_TIME_ZONE) return 8 * 3600_000; // UTC+8 all year, no DST
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
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
  const second = local - offsetAt(first, timeZone);
  return new Date(second);
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `3.6`, `3/6`, `03-06`, `3月6日` → month and day, or null. */
export function parseMonthDay(text: string, year: number): { month: number; day: number } | null {
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

/** `04-01 19:00`, `4.1 19:00`, `4月1日 19:00` or a bare date → the instant, or null. */
export function parseLocalDateTime(text: string, year: number, timeZone: string): Date | null {
  const m = /^(.*?)(?:\s+|(?<=[日号]))(\d{1,2})\s*[:：]\s*(\d{2})$/u.exec(text.trim());
  if (!m) return parseLocalDate(text, year, timeZone);
  const md = parseMonthDay(m[1] ?? "", year);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (!md || hour > 23 || minute > 59) return null;
  return zonedTimeToUtc(year, md.month, md.day, hour, minute, timeZone);
}
