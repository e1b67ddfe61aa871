// The next 14 days of pending 测评/笔试/面试, grouped by day (今天, 明天, then weekday and date),
// with times in the user's time zone and how far away each one is. Shows the first
// UPCOMING_LIMIT; when there are more, a link to the companies table sorted by next event.
import { CalendarCheck } from "lucide-react";
import Link from "next/link";
import { getFormatter } from "next-intl/server";

import { LinkButton } from "@/components/ui/link-button";
import type { TLocale } from "@/lib/i18n/config";
import type { TTranslate } from "@/lib/i18n/types";
import type { TUpcomingEvent } from "@/lib/services/dashboard";
import { daysBetween, localDayOf } from "@/lib/dates/zone";

import { DashPanel } from "./dash-panel";
import { EventSummary } from "./event-summary";

type TProps = { events: readonly TUpcomingEvent[]; more: boolean; now: Date; timeZone: string; locale: TLocale; t: TTranslate };

const DAY_MS = 86_400_000;

function groupByDay(events: readonly TUpcomingEvent[], timeZone: string) {
  const groups = new Map<string, TUpcomingEvent[]>();
  for (const event of events) {
    const day = localDayOf(event.scheduledAt, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), event]);
  }
  return [...groups.values()];
}

export async function UpcomingList({ events, more, now, timeZone, locale, t }: TProps) {
  const format = await getFormatter();
  const heading = (date: Date) => {
    const days = daysBetween(now, date, timeZone);
    return days === 0 ? t("dashboard.today") : days === 1 ? t("dashboard.tomorrow") : format.dateTime(date, "weekday");
  };
  // In calendar days from a later day on ("in 2 days" on Monday for Wednesday at 10:00, whatever
  // the hour now), in minutes or hours today; never "ago": the event is still pending.
  const away = (date: Date) => {
    const days = daysBetween(now, date, timeZone);
    if (days > 0) return format.relativeTime(now.getTime() + days * DAY_MS, { now, unit: "day" });
    const minutes = Math.max(0, Math.round((date.getTime() - now.getTime()) / 60_000));
    const unit = minutes < 60 ? "minute" : "hour";
    return format.relativeTime(minutes < 60 ? now.getTime() + minutes * 60_000 : date, { now, unit });
  };
  return (
    <DashPanel titleId="upcoming-title" title={t("dashboard.upcomingTitle")} description={t("dashboard.upcomingDescription")}>
      {events.length === 0 ? (
        <div className="mt-4 flex flex-col items-center gap-3 rounded-lg border border-dashed p-6 text-center">
          <CalendarCheck aria-hidden="true" className="size-6 text-muted-foreground" />
          <p className="dash-sub">{t("dashboard.upcomingEmpty")}</p>
          <LinkButton href="/companies" variant="outline" size="sm">{t("dashboard.upcomingEmptyAction")}</LinkButton>
        </div>
      ) : (
        <div data-testid="upcoming">
          {groupByDay(events, timeZone).map((group) => (
            <div key={group[0]!.id}>
              <h3 className="up-day">{heading(group[0]!.scheduledAt)}</h3>
              <ul className="up-list">
                {group.map((event) => (
                  <li key={event.id} data-testid="upcoming-event">
                    <time dateTime={event.scheduledAt.toISOString()}>{format.dateTime(event.scheduledAt, "time")}</time>
                    <EventSummary event={event} locale={locale} />
                    <span className="up-away">{away(event.scheduledAt)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {more ? (
            <Link href="/companies?sort=nextEvent&dir=asc" className="dash-link mt-3 inline-block" data-testid="upcoming-all">
              {t("dashboard.upcomingAll")}
            </Link>
          ) : null}
        </div>
      )}
    </DashPanel>
  );
}
