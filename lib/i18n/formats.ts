// Named date formats and what a missing message does, shared by the request config (server) and
// the client providers. Dates name their month ("Apr 1", "4月1日"), so no reader takes a day
// for a month; times use the 24-hour clock in both languages.
import type { Formats, IntlError } from "next-intl";

const time = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

export const FORMATS = {
  dateTime: {
    /** "Apr 1" · "4月1日" */
    monthDay: { month: "short", day: "numeric" },
    /** "Apr 1, 2026" · "2026年4月1日" */
    date: { year: "numeric", month: "short", day: "numeric" },
    /** "19:00" */
    time,
    /** "Apr 1, 19:00" · "4月1日 19:00": a time this year. */
    short: { month: "short", day: "numeric", ...time },
    /** "Apr 1, 2026, 19:00" · "2026年4月1日 19:00" */
    dateTime: { year: "numeric", month: "short", day: "numeric", ...time },
    /** "Wed, Apr 1" · "4月1日周三": a day heading. */
    weekday: { weekday: "short", month: "short", day: "numeric" },
  },
} as const satisfies Formats;

/**
 * A missing message is loud: logged as an error (the end-to-end tests fail on console errors),
 * and shown as its key, visible and searchable, never blank. On the client it usually means the
 * key's group is not in the page's <I18nScope>.
 */
export function onError(error: IntlError): void {
  console.error(`[i18n] ${error.message}`);
}

export function getMessageFallback({ namespace, key }: { namespace?: string; key: string }): string {
  return namespace ? `${namespace}.${key}` : key;
}
