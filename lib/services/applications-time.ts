// Wall-clock times in the user's time zone (a setting, default Asia/Shanghai), not the browser's:
// forms send `2026-04-01T19:00`, the server stores the instant. Pure; used on both sides.

type TParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): TParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const out: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
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

/** How far `timeZone` is ahead of UTC at `date`, in milliseconds. */
function offsetMs(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(date.getTime() / 1000) * 1000;
}

/** `2026-04-01T19:00` in `timeZone` → the instant. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  const first = asUtc - offsetMs(new Date(asUtc), timeZone);
  const second = asUtc - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant as a datetime-local value in `timeZone`. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Monday 00:00 of the current week and the Monday after, in `timeZone`: "has an event this week". */
export function weekBoundsIn(now: Date, timeZone: string): { start: Date; end: Date } {
  const p = partsIn(now, timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const back = (weekday + 6) % 7;
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - back));
  const local = `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}T00:00`;
  const start = zonedToUtc(local, timeZone);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  const nextLocal = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}T00:00`;
  return { start, end: zonedToUtc(nextLocal, timeZone) };
}
