// 撞车 ahead: pairs of 笔试/面试 in the next two weeks that overlap or sit closer than the user's
// buffer, each side linking its company, and a link to that week of the calendar.
import { AlertTriangle, CalendarCheck } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { TierBadge } from "@/components/companies/labels";
import { extraLabel } from "@/lib/applications/stages";
import { readUpcomingClashes } from "@/lib/cache/page-reads";
import type { TReader } from "@/lib/cache/user-reads";
import { utcToZonedInput } from "@/lib/dates/zone";
import { cappedLabel } from "@/lib/capped-count";
import type { TClashPair } from "@/lib/services/calendar-clashes";

import { DashPanel } from "./dash-panel";

type TProps = { user: TReader & { timeZone: string; preferences: unknown } };

export async function UpcomingClashes({ user }: TProps) {
  const [t, format, { bufferMinutes, pairs, more }] = await Promise.all([getTranslations(), getFormatter(), readUpcomingClashes(user)]);
  const side = (event: TClashPair[number]) => (
    <span className="inline-flex min-w-0 items-center gap-1.5">
      <time dateTime={event.scheduledAt.toISOString()} className="font-semibold tabular-nums">
        {format.dateTime(event.scheduledAt, "short")}
      </time>
      <TierBadge tier={event.tier} />
      <Link href={`/companies/${event.companyId}`} className="truncate font-medium hover:underline">
        {event.companyName}
      </Link>
      <span className="text-muted-foreground">{extraLabel(event.stage, event.label) || t(`stages.stage.${event.stage}`)}</span>
    </span>
  );
  return (
    <DashPanel
      titleId="upcoming-clashes"
      title={
        <>
          <AlertTriangle aria-hidden="true" className={pairs.length > 0 ? "size-4 text-red-600 dark:text-red-400" : "size-4 text-muted-foreground"} />
          {t("calendar.upcomingClashes.title")}
        </>
      }
      titleClassName="flex items-center gap-1.5"
      description={t("calendar.upcomingClashes.description", { buffer: bufferMinutes })}
      data-testid="upcoming-clashes"
    >
      {pairs.length === 0 ? (
        <p className="dash-sub mt-3 flex items-center justify-center gap-2 rounded-lg border border-dashed p-4" data-testid="upcoming-clashes-empty">
          <CalendarCheck aria-hidden="true" className="size-4" />
          {t("calendar.upcomingClashes.empty")}
        </p>
      ) : (
        <ul className="mt-3 divide-y rounded-lg border text-sm">
          {pairs.map((pair) => (
            <li key={`${pair[0].eventId} ${pair[1].eventId}`} className="grid gap-1 px-3 py-2.5" data-testid="clash-pair">
              {side(pair[0])}
              {side(pair[1])}
              <Link href={`/calendar?view=week&date=${utcToZonedInput(pair[0].scheduledAt, user.timeZone).slice(0, 10)}`} className="dash-link justify-self-start">
                {t("calendar.upcomingClashes.open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <p className="dash-sub mt-2">{t("calendar.upcomingClashes.more", { count: more, shown: cappedLabel(more) })}</p>
      ) : null}
    </DashPanel>
  );
}
