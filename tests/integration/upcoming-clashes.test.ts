import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { COUNT_CAP } from "@/lib/capped-count";
import { findClashes } from "@/lib/calendar/clashes";
import { eventEnd, type TCalendarSettings } from "@/lib/calendar/settings";
import { db } from "@/lib/db";
import { moveApplication, startApplication } from "@/lib/services/applications";
import { listUpcomingClashes, UPCOMING_CLASHES_SHOWN } from "@/lib/services/calendar-clashes";
import { archiveCompanies, createCompany } from "@/lib/services/companies";
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { createTestUser } from "@/tests/helpers/users";

// The dashboard's 撞车 ahead, found in SQL, are the pairs the calendar's own clash rule
// (findClashes, by the user's lengths and buffer) finds among the same appointments: the first
// UPCOMING_CLASHES_SHOWN + COUNT_CAP + 1 of them by the earlier event's (time, id) and then the
// later's, whatever the starts (ties included), lengths, buffer, stages, results, archived
// companies and closed applications: the first UPCOMING_CLASHES_SHOWN listed, the rest counted.

const NOW = new Date("2099-04-01T02:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;
const LIMIT = UPCOMING_CLASHES_SHOWN + COUNT_CAP + 1;
const SHANGHAI = { timeZone: "Asia/Shanghai" };

type TAppointment = { company: number; stage: "ASSESSMENT" | "WRITTEN_TEST" | "INTERVIEW"; minutes: number; result: "PENDING" | "PASSED" };

/** The pairs as the calendar's rule finds them: every clash among the window's appointments, in order. */
function expectedPairs(events: { id: string; company: string; stage: TAppointment["stage"]; at: Date }[], settings: TCalendarSettings) {
  const timed = events
    .filter((event) => event.stage !== "ASSESSMENT" && event.at.getTime() >= NOW.getTime() - DAY && event.at.getTime() < NOW.getTime() + 14 * DAY)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1))
    .map((event) => ({ ...event, start: event.at, end: eventEnd(event.stage, event.at, settings) }));
  const byId = new Map(timed.map((event) => [event.id, event]));
  const pairs: [string, string][] = [];
  for (const [id, others] of findClashes(timed, settings.bufferMinutes)) {
    const first = byId.get(id)!;
    for (const otherId of others) {
      const second = byId.get(otherId)!;
      const earlier = first.at.getTime() < second.at.getTime() || (first.at.getTime() === second.at.getTime() && first.id < second.id);
      if (earlier && second.at.getTime() >= NOW.getTime()) pairs.push([first.id, second.id]);
    }
  }
  // By the earlier event's (time, id), then the later one's.
  const at = (id: string) => byId.get(id)!.at.getTime();
  const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return pairs.sort((a, b) => at(a[0]) - at(b[0]) || compareIds(a[0], b[0]) || at(a[1]) - at(b[1]) || compareIds(a[1], b[1])).slice(0, LIMIT);
}

const appointment = fc.record({
  company: fc.integer({ min: 0, max: 3 }),
  stage: fc.constantFrom("ASSESSMENT", "WRITTEN_TEST", "INTERVIEW"),
  // From two days back to sixteen ahead, on a 20-minute grid so that starts often tie.
  minutes: fc.integer({ min: -144, max: 1_152 }).map((slot) => slot * 20),
  // One in four already has its result: it is no longer coming up.
  result: fc.constantFrom("PENDING", "PENDING", "PENDING", "PASSED"),
}) as fc.Arbitrary<TAppointment>;

const settings = fc.record({
  lengths: fc.record({ ASSESSMENT: fc.integer({ min: 5, max: 720 }), WRITTEN_TEST: fc.integer({ min: 5, max: 720 }), INTERVIEW: fc.integer({ min: 5, max: 720 }) }),
  bufferMinutes: fc.integer({ min: 0, max: 240 }),
});

describe("撞车 ahead, found in SQL", () => {
  it("are the calendar rule's pairs, in its order, up to the limit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(appointment, { maxLength: 40 }), settings, fc.boolean(), fc.boolean(), async (appointments, chosen, archive, withdraw) => {
        const { id: userId } = await createTestUser();
        const companies: { companyId: string; applicationId: string; version: number }[] = [];
        for (const name of ["腾讯", "百度", "美团", "京东"]) {
          const { id: companyId } = await createCompany(userId, { name, tier: "A" });
          const { id: applicationId, version } = await startApplication(userId, { companyId, role: "算法" }, SHANGHAI);
          companies.push({ companyId, applicationId, version });
        }
        const created = await db.stageEvent.createManyAndReturn({
          data: appointments.map((item, index) => ({
            userId,
            applicationId: companies[item.company]!.applicationId,
            position: index + 10,
            stage: item.stage,
            scheduledAt: new Date(NOW.getTime() + item.minutes * MINUTE),
            result: item.result,
          })),
          select: { id: true, applicationId: true, stage: true, scheduledAt: true, result: true },
        });
        // Company 3's appointments leave the dashboard when it is archived, company 2's when its application is withdrawn.
        if (archive) await archiveCompanies(userId, [companies[3]!.companyId]);
        if (withdraw) {
          const { applicationId, version } = companies[2]!;
          await moveApplication(userId, { applicationId, version, command: { type: "withdraw" } }, SHANGHAI);
        }
        const gone = [archive && companies[3]!.applicationId, withdraw && companies[2]!.applicationId];
        const live = created.filter((event) => event.result === "PENDING" && !gone.includes(event.applicationId));
        const events = live.map((event) => ({ id: event.id, company: event.applicationId, stage: event.stage as TAppointment["stage"], at: event.scheduledAt! }));

        const { bufferMinutes, pairs, more } = await listUpcomingClashes(userId, chosen, NOW);
        const expected = expectedPairs(events, chosen);
        expect(bufferMinutes).toBe(chosen.bufferMinutes);
        expect(pairs.map(([a, b]) => [a.eventId, b.eventId])).toEqual(expected.slice(0, UPCOMING_CLASHES_SHOWN));
        expect(more).toBe(Math.max(0, expected.length - UPCOMING_CLASHES_SHOWN));
      }),
      { numRuns: 25 },
    );
  });

  it(`lists the earliest ${UPCOMING_CLASHES_SHOWN} pairs and counts the rest up to ${LIMIT}`, async () => {
    const { id: userId } = await createTestUser();
    const { id: companyId } = await createCompany(userId, { name: "海投", tier: "B" });
    const { id: applicationId } = await startApplication(userId, { companyId, role: "算法" }, { timeZone: "Asia/Shanghai" });
    // 30 interviews ten minutes apart from tomorrow: each clashes with the next eight (60 min + 30 min buffer).
    await db.stageEvent.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({ userId, applicationId, position: index + 10, stage: "INTERVIEW" as const, scheduledAt: new Date(NOW.getTime() + DAY + index * 10 * MINUTE) })),
    });
    const { pairs, more } = await listUpcomingClashes(userId, DEFAULT_CALENDAR_SETTINGS, NOW);
    const slots = (pair: (typeof pairs)[number]) => pair.map((side) => (side.scheduledAt.getTime() - NOW.getTime() - DAY) / (10 * MINUTE));
    expect(pairs.map(slots)).toEqual([[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]);
    expect(more).toBe(LIMIT - UPCOMING_CLASHES_SHOWN);
  });
});
