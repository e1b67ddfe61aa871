import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/calendar/[token]/route";
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { db } from "@/lib/db";
import { rotateCalendarFeed } from "@/lib/services/calendar-feed";
import { saveCalendarSettings } from "@/lib/services/calendar-settings";
import { visibleDays } from "@/lib/calendar/views";
import { listCalendar, listCompanyClashes } from "@/lib/services/calendar";
import { saveTablePreferences } from "@/lib/services/companies";
import { calendarSettingsOf, ZCalendarSettings } from "@/lib/validation/calendar";
import { parseOrThrow } from "@/lib/validation/issues";
import { createTestUser, sessionUserOf } from "@/tests/helpers/users";

/** The month grid of April 2099 and the agenda from April 1st. */
const AROUND = visibleDays(null, "2099-04-01");
const ALL = { tiers: [], stages: [] };
const ORIGIN = "http://offerboard.test";

/** A 笔试 at 19:00 and an interview at 21:40 (Shanghai) at two companies. */
async function twoEvents() {
  const user = await createTestUser();
  const add = async (name: string, stage: "WRITTEN_TEST" | "INTERVIEW", at: string) => {
    const company = await db.company.create({ data: { userId: user.id, name, normalizedName: name }, select: { id: true } });
    const application = await db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
    await db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage, scheduledAt: new Date(at) } });
    return company.id;
  };
  const testCompany = await add("字节跳动", "WRITTEN_TEST", "2099-04-01T11:00:00Z");
  await add("美团", "INTERVIEW", "2099-04-01T13:40:00Z");
  return { user, testCompany };
}

/** The settings a signed-in page of the user works with. */
const getCalendarSettings = async (userId: string) => calendarSettingsOf((await sessionUserOf(userId)).preferences);

const appointments = async (userId: string) =>
  (await listCalendar(userId, "Asia/Shanghai", await getCalendarSettings(userId), AROUND, ALL)).entries.map((entry) => [entry.companyName, entry.start, entry.end, entry.clashesWith]);

const feed = async (token: string, headers: Record<string, string> = {}) =>
  GET(new Request(`${ORIGIN}/api/calendar/${token}.ics`, { headers }), { params: Promise.resolve({ token: `${token}.ics` }) });

describe("calendar settings", () => {
  it("start at 60/120/60 minutes and a 30-minute buffer", async () => {
    const { user } = await twoEvents();
    expect(await getCalendarSettings(user.id)).toEqual(DEFAULT_CALENDAR_SETTINGS);
    // 笔试 19:00–21:00, interview 21:40: 40 minutes apart, no clash with a 30-minute buffer.
    expect(await appointments(user.id)).toEqual([
      ["字节跳动", "2099-04-01T19:00", "2099-04-01T21:00", []],
      ["美团", "2099-04-01T21:40", "2099-04-01T22:40", []],
    ]);
  });

  it("move the calendar's ends, its clashes, the company page's clashes and the feed together", async () => {
    const { user, testCompany } = await twoEvents();
    const token = await rotateCalendarFeed(user.id);
    const before = await feed(token);
    const etag = before.headers.get("etag")!;

    await saveCalendarSettings(user.id, { lengths: { ASSESSMENT: 30, WRITTEN_TEST: 150, INTERVIEW: 45 }, bufferMinutes: 10 });
    // The 笔试 now ends 21:30: ten minutes before the interview, not less than the buffer.
    expect(await appointments(user.id)).toEqual([
      ["字节跳动", "2099-04-01T19:00", "2099-04-01T21:30", []],
      ["美团", "2099-04-01T21:40", "2099-04-01T22:25", []],
    ]);
    await saveCalendarSettings(user.id, { lengths: { ASSESSMENT: 30, WRITTEN_TEST: 150, INTERVIEW: 45 }, bufferMinutes: 11 });
    expect(await appointments(user.id)).toEqual([
      ["字节跳动", "2099-04-01T19:00", "2099-04-01T21:30", ["美团"]],
      ["美团", "2099-04-01T21:40", "2099-04-01T22:25", ["字节跳动"]],
    ]);
    const company = await listCompanyClashes(user.id, testCompany, "Asia/Shanghai", await getCalendarSettings(user.id), new Date("2099-03-20T00:00:00Z"));
    expect(company.bufferMinutes).toBe(11);
    expect(company.clashes.map((clash) => clash.clashesWith)).toEqual([["美团"]]);

    // The feed's ETag changes with the settings, and its events end where the calendar ends them.
    const after = await feed(token, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    const vevents = new ICAL.Component(ICAL.parse(await after.text())).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(vevents.map((event) => event.endDate.toJSDate().toISOString())).toEqual(["2099-04-01T13:30:00.000Z", "2099-04-01T14:25:00.000Z"]);
  });

  it("survive a write of the table preferences, and another user's stay the defaults", async () => {
    const { user } = await twoEvents();
    const other = await createTestUser();
    const settings = { lengths: { ASSESSMENT: 90, WRITTEN_TEST: 100, INTERVIEW: 50 }, bufferMinutes: 0 };
    await saveCalendarSettings(user.id, settings);
    await saveTablePreferences(user.id, { density: "compact", hidden: [] });
    expect(await getCalendarSettings(user.id)).toEqual(settings);
    expect(await getCalendarSettings(other.id)).toEqual(DEFAULT_CALENDAR_SETTINGS);
  });

  it("refuse lengths and buffers out of range or not whole minutes with a translated message", () => {
    const good = { lengths: { ASSESSMENT: 60, WRITTEN_TEST: 120, INTERVIEW: 60 }, bufferMinutes: 30 };
    for (const lengths of [{ ...good.lengths, WRITTEN_TEST: 4 }, { ...good.lengths, INTERVIEW: 721 }, { ...good.lengths, ASSESSMENT: 12.5 }, { ...good.lengths, ASSESSMENT: Number.NaN }]) {
      expect(() => parseOrThrow(ZCalendarSettings, { ...good, lengths })).toThrow(expect.objectContaining({ code: "VALIDATION", messageKey: "calendar.settings.lengthRange" }));
    }
    for (const bufferMinutes of [-1, 241, "30", null]) {
      expect(() => parseOrThrow(ZCalendarSettings, { ...good, bufferMinutes })).toThrow(expect.objectContaining({ code: "VALIDATION", messageKey: "calendar.settings.bufferRange" }));
    }
    expect(() => parseOrThrow(ZCalendarSettings, { ...good, lengths: { ...good.lengths, OFFER: 10 } })).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(parseOrThrow(ZCalendarSettings, good)).toEqual(good);
  });

  it("fall back to the defaults when what is stored is not valid", async () => {
    const { user } = await twoEvents();
    await db.$executeRaw`UPDATE "User" SET preferences = '{"calendar": {"lengths": {"ASSESSMENT": -5}, "bufferMinutes": "x"}}'::jsonb WHERE id = ${user.id}`;
    expect(await getCalendarSettings(user.id)).toEqual(DEFAULT_CALENDAR_SETTINGS);
  });
});
