// The next 14 days of pending 测评/笔试/面试, grouped by day (今天, 明天, then weekday and date),
// with times in the user's time zone and how far away each one is.
import { CalendarCheck } from "lucide-react";
import Link from "next/link";

import { TierBadge } from "@/app/(dashboard)/companies/_components/labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { stageLabel, type TLocale } from "@/lib/applications/stages";
import type { TTranslate } from "@/lib/i18n/types";
import { daysBetween, localDayOf, type TUpcomingEvent } from "@/lib/services/dashboard";

type TProps = { events: readonly TUpcomingEvent[]; now: Date; timeZone: string; locale: TLocale; t: TTranslate };

const TAGS: Record<TLocale, string> = { zh: "zh-CN", en: "en-GB" };

function groupByDay(events: readonly TUpcomingEvent[], timeZone: string) {
  const groups = new Map<string, TUpcomingEvent[]>();
  for (const event of events) {
    const day = localDayOf(event.scheduledAt, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), event]);
  }
  return [...groups.values()];
}

export function UpcomingList({ events, now, timeZone, locale, t }: TProps) {
  const tag = TAGS[locale];
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const dayName = new Intl.DateTimeFormat(tag, { timeZone, weekday: "short", month: "short", day: "numeric" });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: "always" });
  const heading = (date: Date) => {
    const days = daysBetween(now, date, timeZone);
    return days === 0 ? t("dashboard.today") : days === 1 ? t("dashboard.tomorrow") : dayName.format(date);
  };
  const away = (date: Date) => {
    const days = daysBetween(now, date, timeZone);
    if (days > 0) return relative.format(days, "day");
    const minutes = Math.max(0, Math.round((date.getTime() - now.getTime()) / 60_000));
    return minutes < 60 ? relative.format(minutes, "minute") : relative.format(Math.round(minutes / 60), "hour");
  };
  return (
    <section aria-labelledby="upcoming-title" className="rounded-xl border bg-card p-4 shadow-xs sm:p-6">
      <h2 id="upcoming-title" className="font-semibold">
        {t("dashboard.upcomingTitle")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("dashboard.upcomingDescription")}</p>
      {events.length === 0 ? (
        <div className="mt-4 flex flex-col items-center gap-3 rounded-lg border border-dashed p-6 text-center">
          <CalendarCheck aria-hidden="true" className="size-6 text-muted-foreground" />
          <p className="text-sm text-muted-foreground">{t("dashboard.upcomingEmpty")}</p>
          <Button variant="outline" size="sm" asChild>
            <Link href="/companies">{t("dashboard.upcomingEmptyAction")}</Link>
          </Button>
        </div>
      ) : (
        <div className="mt-4 space-y-4" data-testid="upcoming">
          {groupByDay(events, timeZone).map((group) => (
            <div key={group[0]!.id}>
              <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{heading(group[0]!.scheduledAt)}</h3>
              <ul className="divide-y rounded-lg border">
                {group.map((event) => (
                  <li key={event.id} data-testid="upcoming-event" className="flex items-center gap-3 px-3 py-2.5">
                    <time dateTime={event.scheduledAt.toISOString()} className="w-11 shrink-0 text-sm font-semibold tabular-nums">
                      {time.format(event.scheduledAt)}
                    </time>
                    <div className="min-w-0 flex-1">
                      <div className="flex min-w-0 items-center gap-1.5">
                        <TierBadge tier={event.tier} />
                        <Link href={`/companies/${event.companyId}`} className="min-w-0 truncate font-medium hover:underline">
                          {event.companyName}
                        </Link>
                      </div>
                      <div className="mt-0.5 flex min-w-0 flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                        <Badge variant="secondary">{stageLabel(event.stage, locale)}</Badge>
                        <span className="min-w-0 truncate">{[event.label, event.role].filter(Boolean).join(" · ")}</span>
                      </div>
                    </div>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{away(event.scheduledAt)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
