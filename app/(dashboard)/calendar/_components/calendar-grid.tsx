"use client";

// The calendar itself (react-big-calendar, date-fns localizer; loaded after the page by calendar-view.tsx): month, week and agenda, an
// agenda on a phone unless the URL names a view. Times arrive as wall-clock strings in the
// account's zone and are shown as such, whatever zone the browser is in. The view and the day in
// view live in the URL (?view=week&date=2099-04-01), so the server reads the events around it.
import { format, getDay, parse, startOfWeek } from "date-fns";
import { enUS, zhCN } from "date-fns/locale";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useSyncExternalStore, useTransition } from "react";
import { Calendar, dateFnsLocalizer, type EventProps, type Formats, type View } from "react-big-calendar";

import { CALENDAR_VIEWS, type TCalendarView } from "@/lib/calendar/views";
import type { TCalendarEntry } from "@/lib/services/calendar";
import { cn } from "@/lib/utils";

import "react-big-calendar/lib/css/react-big-calendar.css";

/** An entry, or a day's count of entries left out (`more`). */
type TEvent = { title: string; start: Date; end: Date; allDay: boolean; entry: TCalendarEntry | null };

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: 1 }),
  getDay,
  locales: { zh: zhCN, en: enUS },
});

/** `YYYY-MM-DDTHH:mm` (or `YYYY-MM-DD`) as a browser-local Date with the same wall-clock time. */
function wallDate(value: string): Date {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = value.split(/[-T:]/).map(Number);
  return new Date(y, mo - 1, d, h, mi);
}

// 24-hour times, as campus recruiting writes them (笔试 19:00), in both languages.
const range = ({ start, end }: { start: Date; end: Date }) => `${format(start, "HH:mm")} – ${format(end, "HH:mm")}`;
const FORMATS: Formats = {
  timeGutterFormat: "HH:mm",
  eventTimeRangeFormat: range,
  // The parts of an event that goes on past midnight: its first day's and its last day's.
  eventTimeRangeStartFormat: ({ start }) => `${format(start, "HH:mm")} – `,
  eventTimeRangeEndFormat: ({ end }) => ` – ${format(end, "HH:mm")}`,
  agendaTimeRangeFormat: range,
  agendaTimeFormat: "HH:mm",
  agendaHeaderFormat: ({ start, end }) => `${format(start, "yyyy-MM-dd")} – ${format(end, "yyyy-MM-dd")}`,
};

const PHONE = "(max-width: 639px)";
function subscribePhone(onChange: () => void) {
  const query = window.matchMedia(PHONE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function EventLink({ event }: EventProps<TEvent>) {
  const t = useTranslations();
  if (!event.entry) return <span data-testid="calendar-more">{event.title}</span>;
  const clash = event.entry.clashesWith.length > 0;
  return (
    <Link href={`/companies/${event.entry.companyId}`} className="cal-link" data-testid="calendar-event" data-kind={event.entry.kind}>
      {clash ? <span className="cal-clash-mark">{t("calendar.clash")} </span> : null}
      {event.title}
      {clash ? <span className="sr-only"> ({t("calendar.clashWith", { names: event.entry.clashesWith.join("、") })})</span> : null}
    </Link>
  );
}

export type TCalendarGridProps = { entries: TCalendarEntry[]; more: { day: string; count: number }[]; view: TCalendarView | null; date: string; now: string };

export default function CalendarGrid({ entries, more, view, date, now }: TCalendarGridProps) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  // null while rendering on the server: the view waits for the screen's width.
  const phone = useSyncExternalStore(subscribePhone, () => window.matchMedia(PHONE).matches, () => null);

  const events = useMemo<TEvent[]>(
    () =>
      entries.map((entry): TEvent => {
        const name = [entry.companyName, t(`stages.stage.${entry.stage}`), entry.label].filter(Boolean).join(" · ");
        const allDay = entry.kind !== "appointment";
        const title = entry.kind === "deadline" ? `${t("calendar.deadline", { time: entry.start.slice(11) })} · ${name}` : name;
        const start = wallDate(allDay ? entry.start.slice(0, 10) : entry.start);
        return { title, start, end: allDay ? start : wallDate(entry.end), allDay, entry };
      }).concat(more.map(({ day, count }) => ({ title: t("calendar.hidden", { count }), start: wallDate(day), end: wallDate(day), allDay: true, entry: null }))),
    [entries, more, t],
  );

  function go(next: { view?: View; date?: Date }) {
    const search = new URLSearchParams(params);
    if (next.view) search.set("view", next.view);
    if (next.date) search.set("date", format(next.date, "yyyy-MM-dd"));
    startTransition(() => router.replace(`${pathname}?${search.toString()}`, { scroll: false }));
  }

  if (phone === null && view === null) return <p className="text-sm text-muted-foreground">{t("calendar.loading")}</p>;
  const shown: TCalendarView = view ?? (phone ? "agenda" : "month");
  return (
    <div className={cn("cal-root", shown === "agenda" && "cal-agenda")} aria-busy={pending} data-view={shown}>
      <Calendar<TEvent>
        localizer={localizer}
        culture={locale}
        events={events}
        views={[...CALENDAR_VIEWS]}
        view={shown}
        date={wallDate(date)}
        getNow={() => wallDate(now)}
        onView={(nextView) => go({ view: nextView })}
        onNavigate={(nextDate, nextView) => go({ date: nextDate, view: nextView })}
        scrollToTime={wallDate(`${date}T08:00`)}
        // An evening 笔试 that ends after midnight stays at its time, not in the all-day row.
        showMultiDayTimes
        popup
        formats={FORMATS}
        components={{ event: EventLink }}
        eventPropGetter={({ entry }) => ({
          className: entry ? cn(`cal-event cal-${entry.stage.toLowerCase()}`, entry.kind === "deadline" && "cal-deadline", entry.clashesWith.length > 0 && "cal-clash") : "cal-event cal-more",
        })}
        messages={{
          today: t("calendar.today"),
          previous: t("calendar.previous"),
          next: t("calendar.next"),
          month: t("calendar.views.month"),
          week: t("calendar.views.week"),
          day: t("calendar.views.day"),
          agenda: t("calendar.views.agenda"),
          date: t("calendar.date"),
          time: t("calendar.time"),
          event: t("calendar.event"),
          allDay: t("calendar.allDay"),
          noEventsInRange: t("calendar.noEvents"),
          showMore: (count) => t("calendar.showMore", { count }),
        }}
      />
    </div>
  );
}
