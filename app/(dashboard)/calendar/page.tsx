import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { PageHeader } from "@/components/shell/page-header";
import { requireUser } from "@/lib/auth";
import { CALENDAR_VIEWS, visibleDays } from "@/lib/calendar/views";
import { utcToZonedInput } from "@/lib/dates/zone";
import { listCalendar } from "@/lib/services/calendar";
import { calendarSettingsOf } from "@/lib/validation/calendar";
import { ZCompanyTableQuery } from "@/lib/validation/companies";

import { CalendarFilters } from "./_components/calendar-filters";
import { CalendarView } from "./_components/calendar-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("calendar.title") };
}

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
/** `?view=week&date=2099-04-01`, with the tier and stage filters of the companies table. */
const ZCalendarQuery = ZCompanyTableQuery.pick({ tier: true, stage: true }).extend({
  view: z.preprocess(firstOf, z.enum(CALENDAR_VIEWS).optional().catch(undefined)),
  date: z.preprocess(firstOf, z.iso.date().optional().catch(undefined)),
});

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CalendarPage({ searchParams }: TProps) {
  const user = await requireUser();
  const query = ZCalendarQuery.parse(await searchParams);
  const now = utcToZonedInput(new Date(), user.timeZone);
  const date = query.date ?? now.slice(0, 10);
  const filter = { tiers: query.tier, stages: query.stage };
  const params = Object.fromEntries(
    Object.entries({ view: query.view, date: query.date, tier: query.tier.join(","), stage: query.stage.join(",") }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const [t, { entries, more }] = await Promise.all([getTranslations(), listCalendar(user.id, user.timeZone, calendarSettingsOf(user.preferences), visibleDays(query.view ?? null, date), filter)]);
  return (
    <>
      <PageHeader title={t("calendar.title")} description={t("calendar.description")} />
      <CalendarFilters tiers={query.tier} stages={query.stage} params={params} />
      <CalendarView entries={entries} more={more} view={query.view ?? null} date={date} now={now} />
    </>
  );
}
