/** The calendar's views, as the URL names them (?view=week); a phone opens on the agenda. */
export const CALENDAR_VIEWS = ["month", "week", "agenda"] as const;
export type TCalendarView = (typeof CALENDAR_VIEWS)[number];

/** The most entries a day shows; the rest of that day is a count (还有 k 场未显示). */
export const CALENDAR_DAY_CAP = 20;

export const DAY_MS = 86_400_000;
/** The agenda's length in days past its first day (react-big-calendar's default, end day included). */
const AGENDA_DAYS = 31;

const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Days since the Monday of the week (weeks start on Monday). */
const weekdayOf = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

function monthGrid(ms: number): [number, number] {
  const date = new Date(ms);
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
  return [first - weekdayOf(first) * DAY_MS, last + (7 - weekdayOf(last)) * DAY_MS];
}

/**
 * The days a view shows around `date` (`YYYY-MM-DD`), as wall-clock days `[from, to)`: a month's
 * grid of whole weeks, one week from Monday, or the agenda's month from the day. With no view
 * named (the server does not know whether a phone will show the agenda), both the month's grid
 * and the agenda.
 */
export function visibleDays(view: TCalendarView | null, date: string): { from: string; to: string } {
  const ms = dayOf(date);
  const agenda: [number, number] = [ms, ms + AGENDA_DAYS * DAY_MS];
  const week: [number, number] = [ms - weekdayOf(ms) * DAY_MS, ms + (7 - weekdayOf(ms)) * DAY_MS];
  const spans = { month: [monthGrid(ms)], week: [week], agenda: [agenda], none: [monthGrid(ms), agenda] }[view ?? "none"];
  return { from: isoOf(Math.min(...spans.map((span) => span[0]))), to: isoOf(Math.max(...spans.map((span) => span[1]))) };
}

/** The wall-clock days `[from, to)` one by one (`YYYY-MM-DD`). */
export function daysOf(days: { from: string; to: string }): string[] {
  const list: string[] = [];
  for (let ms = dayOf(days.from); ms < dayOf(days.to); ms += DAY_MS) list.push(isoOf(ms));
  return list;
}
