// The reads behind the pages opened most (companies table, board, dashboard, question sets),
// cached per user and data version (user-reads.ts). Server actions and the rest read directly.
import "server-only";

import { listBoard, type TBoardFilter } from "@/lib/services/board";
import { listUpcomingClashes } from "@/lib/services/calendar-clashes";
import { listCompanyTable } from "@/lib/services/companies-table";
import { getDashboard } from "@/lib/services/dashboard";
import { listDebriefPrompts } from "@/lib/services/encounters";
import { countOverdueEvents } from "@/lib/services/overdue-events";
import { listPrepareNext } from "@/lib/services/prep-next";
import { getSetHeader, listSets } from "@/lib/services/questions";
import { listSetQuestionPage } from "@/lib/services/questions-items";
import { listInterviewRecall } from "@/lib/services/review-interview";
import type { TCompanyTableQuery } from "@/lib/validation/companies";
import { calendarSettingsOf } from "@/lib/validation/calendar";
import type { TSetFilter } from "@/lib/validation/questions";
import { reviewParametersOf } from "@/lib/validation/review";

import { cachedRead, minuteNow, type TReader } from "./user-reads";

type TZonedReader = TReader & { timeZone: string };

export function readCompanyTable(user: TReader, query: TCompanyTableQuery) {
  const now = minuteNow();
  return cachedRead(user, `companies ${now.getTime()} ${JSON.stringify(query)}`, () =>
    listCompanyTable(user.id, query, { now }),
  );
}

export function readBoard(user: TReader, filter: TBoardFilter) {
  const now = minuteNow();
  return cachedRead(user, `board ${now.getTime()} ${JSON.stringify(filter)}`, () => listBoard(user.id, filter, now));
}

export function readDashboard(user: TZonedReader) {
  const now = minuteNow();
  return cachedRead(user, `dashboard ${now.getTime()}`, () => getDashboard(user.id, user.timeZone, now));
}

/** The number on the navigation's 仪表盘 item, read by every signed-in page. */
export function readOverdueCount(user: TReader) {
  const now = minuteNow();
  return cachedRead(user, `overdue ${now.getTime()}`, () => countOverdueEvents(user.id, now));
}

export function readDebriefPrompts(user: TReader) {
  const now = minuteNow();
  return cachedRead(user, `debrief ${now.getTime()}`, () => listDebriefPrompts(user.id, now));
}

/** The next events with their open checklist items, and the recall expected at each (FSRS parameters are in the key's data version). */
export function readPrepareNext(user: TReader & { preferences: unknown }, events: number, itemsPerEvent: number) {
  const now = minuteNow();
  return cachedRead(user, `prepare-next ${now.getTime()} ${events} ${itemsPerEvent}`, async () => {
    const prepared = await listPrepareNext(user.id, now, events, itemsPerEvent);
    return { events: prepared, recall: await listInterviewRecall(user.id, reviewParametersOf(user.preferences), prepared) };
  });
}

export function readSets(user: TReader) {
  return cachedRead(user, "sets", () => listSets(user.id));
}

export function readSetHeader(user: TReader, setId: string) {
  return cachedRead(user, `set-header ${setId}`, () => getSetHeader(user.id, setId));
}

export function readSetQuestionPage(user: TReader, setId: string, filter: TSetFilter, page: number) {
  return cachedRead(user, `set ${setId} ${page} ${JSON.stringify(filter)}`, () => listSetQuestionPage(user.id, setId, filter, page));
}

/** The settings are in the key's data version: saving them writes the user row. */
export function readUpcomingClashes(user: TReader & { preferences: unknown }) {
  const now = minuteNow();
  return cachedRead(user, `upcoming-clashes ${now.getTime()}`, () => listUpcomingClashes(user.id, calendarSettingsOf(user.preferences), now));
}
