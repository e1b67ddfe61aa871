/** The calendar's views, as the URL names them (?view=week); a phone opens on the agenda. */
export const CALENDAR_VIEWS = ["month", "week", "agenda"] as const;
export type TCalendarView = (typeof CALENDAR_VIEWS)[number];
