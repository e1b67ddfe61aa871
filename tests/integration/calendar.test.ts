import { describe, expect, it } from "vitest";

import { archiveCompanies } from "@/lib/services/companies";
import { visibleDays } from "@/lib/calendar/views";
import { listCalendar, listCompanyClashes } from "@/lib/services/calendar";
import { listUpcomingClashes } from "@/lib/services/calendar-clashes";
import { saveCalendarSettings } from "@/lib/services/calendar-settings";
import { db } from "@/lib/db";
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { advance, trackCompany } from "@/tests/helpers/applications";
import { calendarSettingsOf } from "@/lib/validation/calendar";
import { createTestUser, sessionUserOf } from "@/tests/helpers/users";

/** The month grid of April 2099 and the agenda from April 1st. */
const AROUND = visibleDays(null, "2099-04-01");
const ALL = { tiers: [], stages: [] };

describe("calendar", () => {
  it("lists the user's 测评/笔试/面试 in their zone, with 撞车 and link deadlines, and nothing of another user's", async () => {
    const { id: userId } = await createTestUser();
    const { id: otherId } = await createTestUser("另一个用户");
    const bytedance = await trackCompany(userId, { name: "字节跳动", tier: "S" }, [advance("APPLIED"), advance("ASSESSMENT", "2099-03-30T09:00"), advance("WRITTEN_TEST", "2099-04-01T19:00")]);
    const meituan = await trackCompany(userId, { name: "美团", tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T21:10", "一面")]);
    await trackCompany(userId, { name: "京东", tier: "A" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T22:30", "二面")]);
    const archived = await trackCompany(userId, { name: "已归档", tier: "S" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T19:30")]);
    await archiveCompanies(userId, [archived.companyId]);
    // On the calendar but clashing with nothing: a withdrawn application's interview, and one whose result is in.
    await trackCompany(userId, { name: "已放弃", tier: "C" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T21:40"), { type: "withdraw" }]);
    const decided = await trackCompany(userId, { name: "小米", tier: "C" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T22:00")]);
    await db.stageEvent.updateMany({ where: { userId, applicationId: decided.applicationId, stage: "INTERVIEW" }, data: { result: "PASSED" } });
    await trackCompany(otherId, { name: "别人的公司", tier: "S" }, [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-01T19:00")]);
    await db.stageEvent.updateMany({ where: { userId, applicationId: bytedance.applicationId, stage: "WRITTEN_TEST" }, data: { linkExpiresAt: new Date("2099-04-01T12:00:00Z") } });

    const { entries, more } = await listCalendar(userId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, AROUND, ALL);
    expect(more).toEqual([]);
    expect(entries.map((e) => [e.companyName, e.kind, e.stage, e.start, e.end, e.clashesWith])).toEqual([
      ["字节跳动", "window", "ASSESSMENT", "2099-03-30T09:00", "2099-03-30T09:00", []],
      ["字节跳动", "appointment", "WRITTEN_TEST", "2099-04-01T19:00", "2099-04-01T21:00", ["美团"]],
      ["字节跳动", "deadline", "WRITTEN_TEST", "2099-04-01T20:00", "2099-04-01T20:00", []],
      ["美团", "appointment", "INTERVIEW", "2099-04-01T21:10", "2099-04-01T22:10", ["字节跳动", "京东"]],
      ["已放弃", "appointment", "INTERVIEW", "2099-04-01T21:40", "2099-04-01T22:40", []],
      ["小米", "appointment", "INTERVIEW", "2099-04-01T22:00", "2099-04-01T23:00", []],
      // 22:30 is 20 minutes after 美团's interview ends: closer than the 30-minute buffer.
      ["京东", "appointment", "INTERVIEW", "2099-04-01T22:30", "2099-04-01T23:30", ["美团"]],
    ]);
    expect(entries.every((e) => e.companyName !== "别人的公司" && e.companyName !== "已归档")).toBe(true);

    // The account's zone decides the wall-clock time.
    const london = (await listCalendar(userId, "Europe/London", DEFAULT_CALENDAR_SETTINGS, AROUND, ALL)).entries;
    expect(london.find((e) => e.kind === "appointment")?.start).toBe("2099-04-01T12:00");

    // Filters keep the clash with an event they hide.
    const onlyB = (await listCalendar(userId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, AROUND, { tiers: ["B"], stages: [] })).entries;
    expect(onlyB.map((e) => [e.companyName, e.clashesWith])).toEqual([["美团", ["字节跳动", "京东"]]]);
    const writtenTests = (await listCalendar(userId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, AROUND, { tiers: [], stages: ["WRITTEN_TEST"] })).entries;
    expect(writtenTests.map((e) => e.kind)).toEqual(["appointment", "deadline"]);

    // Another user's calendar around the same day holds only their own event.
    expect((await listCalendar(otherId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, AROUND, ALL)).entries.map((e) => e.companyName)).toEqual(["别人的公司"]);
    // Far from the events, nothing.
    expect(await listCalendar(userId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, visibleDays("month", "2099-09-01"), ALL)).toEqual({ entries: [], more: [] });

    // The company page's clashes, and none through another user's id for the company.
    const now = new Date("2099-03-20T00:00:00Z");
    expect((await listCompanyClashes(userId, meituan.companyId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, now)).clashes).toEqual([
      { eventId: expect.any(String), stage: "INTERVIEW", label: "一面", start: "2099-04-01T21:10", clashesWith: ["字节跳动", "京东"] },
    ]);
    expect((await listCompanyClashes(otherId, meituan.companyId, "Asia/Shanghai", DEFAULT_CALENDAR_SETTINGS, now)).clashes).toEqual([]);
  });

  it("lists the clashing pairs of the next two weeks for the dashboard, each pair once, earlier event first", async () => {
    const { id: userId } = await createTestUser();
    const { id: otherId } = await createTestUser("另一个用户");
    const now = new Date("2099-04-01T02:00:00Z"); // 10:00 in Shanghai
    expect(await listUpcomingClashes(userId, DEFAULT_CALENDAR_SETTINGS, now)).toEqual({ bufferMinutes: 30, pairs: [], more: 0 });

    const tencent = await trackCompany(userId, { name: "腾讯", tier: "S" }, [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-03T19:00")]);
    const baidu = await trackCompany(userId, { name: "百度", tier: "A" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-03T21:20", "一面")]);
    // Ten minutes before now, an interview ran into a 10:20 one: the later has not begun.
    await trackCompany(userId, { name: "小红书", tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T09:50")]);
    await trackCompany(userId, { name: "拼多多", tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T10:20")]);
    // Clashes wholly past, beyond two weeks, at an archived company, of a withdrawn application or another user's: not listed.
    await trackCompany(userId, { name: "网易", tier: null }, [advance("APPLIED"), advance("INTERVIEW", "2099-03-31T10:00")]);
    await trackCompany(userId, { name: "快手", tier: null }, [advance("APPLIED"), advance("INTERVIEW", "2099-03-31T10:30")]);
    await trackCompany(userId, { name: "滴滴", tier: null }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-20T10:00")]);
    await trackCompany(userId, { name: "携程", tier: null }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-20T10:30")]);
    const archived = await trackCompany(userId, { name: "已归档", tier: "S" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-03T20:00")]);
    await archiveCompanies(userId, [archived.companyId]);
    await trackCompany(userId, { name: "已放弃", tier: "S" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-03T20:10"), { type: "withdraw" }]);
    await trackCompany(otherId, { name: "别人的公司", tier: "S" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-03T19:30")]);

    const { bufferMinutes, pairs, more } = await listUpcomingClashes(userId, DEFAULT_CALENDAR_SETTINGS, now);
    expect(bufferMinutes).toBe(30);
    expect(more).toBe(0);
    expect(pairs.map(([a, b]) => [a.companyName, a.scheduledAt.toISOString(), b.companyName, b.scheduledAt.toISOString()])).toEqual([
      ["小红书", "2099-04-01T01:50:00.000Z", "拼多多", "2099-04-01T02:20:00.000Z"],
      // The 笔试 ends 21:00; the interview at 21:20 is 20 minutes later.
      ["腾讯", "2099-04-03T11:00:00.000Z", "百度", "2099-04-03T13:20:00.000Z"],
    ]);
    expect(pairs[1]?.map((side) => side.companyId)).toEqual([tencent.companyId, baidu.companyId]);
    expect(pairs[1]?.[1]).toMatchObject({ stage: "INTERVIEW", label: "一面", tier: "A" });

    // A shorter 笔试 and no buffer: that pair is gone.
    await saveCalendarSettings(userId, { lengths: { ASSESSMENT: 60, WRITTEN_TEST: 90, INTERVIEW: 30 }, bufferMinutes: 0 });
    expect((await listUpcomingClashes(userId, calendarSettingsOf((await sessionUserOf(userId)).preferences), now)).pairs).toEqual([]);
    expect((await listUpcomingClashes(otherId, DEFAULT_CALENDAR_SETTINGS, now)).pairs).toEqual([]);
  });
});
