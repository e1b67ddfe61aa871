// Calendar files (RFC 5545) for scheduled events: the subscribed feed and a single event's
// download. Pure: the caller passes the events, the app's address and the reader's language.
import ical, { ICalAlarmType, ICalEventStatus, type ICalCalendar } from "ical-generator";

import { stageLabel, extraLabel } from "@/lib/applications/stages";
import { eventEnd, type TCalendarSettings } from "@/lib/calendar/settings";
import { zonedDateTimeText } from "@/lib/dates/zone";
import type { Stage } from "@/lib/generated/prisma/enums";
import { LOCALES, type TLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/dictionaries";

export type TIcsEvent = {
  id: string;
  companyId: string;
  companyName: string;
  stage: Stage;
  label: string;
  scheduledAt: Date;
  link: string | null;
  linkExpiresAt: Date | null;
  /** Raised each time the event moves (SEQUENCE), so calendars take the new time. */
  sequence: number;
  createdAt: Date;
};

type TIcsContext = {
  /** The app's origin, e.g. `https://offerboard.example`, for the links back to each company. */
  origin: string;
  locale: TLocale;
  /** The reader's zone, for the deadline written in the description. */
  timeZone: string;
  /** The reader's stage lengths: each event ends where the calendar page ends it. */
  settings: TCalendarSettings;
};

/** How often a subscribed calendar should poll the feed (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 60 * 60;
/** Alarms of a downloaded event: one day and one hour before it starts. */
const ALARM_SECONDS_BEFORE = [24 * 60 * 60, 60 * 60] as const;

/** The files' own words, read once per language from the dictionaries. */
const TEXT = Object.fromEntries(
  LOCALES.map((locale) => {
    const t = translatorFor(locale);
    const key = (name: "name" | "link" | "deadline" | "company" | "cancelled") => t(`calendarFeed.file.${name}`);
    return [locale, { calendar: key("name"), link: key("link"), deadline: key("deadline"), company: key("company"), cancelled: key("cancelled") }];
  }),
) as Record<TLocale, Record<"calendar" | "link" | "deadline" | "company" | "cancelled", string>>;

/** The UID an event keeps across every download and feed poll; percent-encoded, so an id read from a restored backup cannot break a line of the file. */
const eventUid = (eventId: string) => `${encodeURIComponent(eventId)}@offerboard`;

function newCalendar(context: TIcsContext): ICalCalendar {
  return ical({ name: TEXT[context.locale].calendar, prodId: { company: "Offerboard", product: "Offerboard", language: context.locale.toUpperCase() } });
}

function addEvent(calendar: ICalCalendar, event: TIcsEvent, context: TIcsContext) {
  const text = TEXT[context.locale];
  const label = extraLabel(event.stage, event.label);
  const stage = stageLabel(event.stage, context.locale);
  const companyUrl = `${context.origin}/companies/${encodeURIComponent(event.companyId)}`;
  const lines = [label ? `${stage} · ${label}` : stage];
  if (event.link) lines.push(`${text.link}: ${event.link}`);
  if (event.linkExpiresAt) {
    lines.push(`${text.deadline}: ${zonedDateTimeText(event.linkExpiresAt, context.timeZone)} (${context.timeZone})`);
  }
  lines.push(`${text.company}: ${companyUrl}`);
  return calendar.createEvent({
    id: eventUid(event.id),
    sequence: event.sequence,
    stamp: event.createdAt,
    start: event.scheduledAt,
    end: eventEnd(event.stage, event.scheduledAt, context.settings),
    summary: `${event.companyName} · ${label || stage}`,
    description: lines.join("\n"),
    url: companyUrl,
    status: ICalEventStatus.CONFIRMED,
  });
}

/** An event that left the calendar, kept so subscribers drop their copy. */
type TIcsCancellation = { eventId: string; scheduledAt: Date; sequence: number; cancelledAt: Date };

const FOLD_OCTETS = 74;

/**
 * Folds content lines as ical-generator does (RFC 5545 3.1: a line over 75 octets continues on
 * the next after CRLF and a space, never inside a character), byte for byte the same output for
 * well-formed text, but counting UTF-8 lengths from code units instead of encoding each
 * character, which was most of a 10,000-event feed's cost.
 */
function foldLines(text: string): string {
  let out = "";
  let start = 0;
  let octets = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) {
      out += text.slice(start, index + 2);
      start = index + 2;
      octets = 0;
      index++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    octets += size;
    if (octets > FOLD_OCTETS) {
      out += `${text.slice(start, index)}\r\n `;
      start = index;
      octets = size;
    }
    if (pair) index++;
  }
  return out + text.slice(start);
}

/**
 * The subscribed feed: every event given, past ones included, then the cancelled ones as
 * STATUS:CANCELLED under their old UID; times in UTC. The calendar's own lines come from
 * ical-generator; its events are written one by one and folded with foldLines.
 */
export function feedIcs(events: readonly TIcsEvent[], cancelled: readonly TIcsCancellation[], context: TIcsContext): string {
  const shell = newCalendar(context);
  shell.ttl(FEED_REFRESH_SECONDS);
  const calendar = newCalendar(context);
  let body = "";
  for (const event of events) body += addEvent(calendar, event, context).toString();
  for (const gone of cancelled) {
    body += calendar
      .createEvent({
        id: eventUid(gone.eventId),
        sequence: gone.sequence,
        stamp: gone.cancelledAt,
        start: gone.scheduledAt,
        summary: TEXT[context.locale].cancelled,
        status: ICalEventStatus.CANCELLED,
      })
      .toString();
  }
  const frame = shell.toString();
  const end = frame.lastIndexOf("END:VCALENDAR");
  return frame.slice(0, end) + foldLines(body) + frame.slice(end);
}

/** One event as a file to open in a calendar app, with alarms a day and an hour before. */
export function eventIcs(event: TIcsEvent, context: TIcsContext): string {
  const calendar = newCalendar(context);
  const entry = addEvent(calendar, event, context);
  for (const seconds of ALARM_SECONDS_BEFORE) {
    entry.createAlarm({ type: ICalAlarmType.display, trigger: seconds, description: entry.summary() });
  }
  return calendar.toString();
}
