import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/calendar/[token]/route";
import { db } from "@/lib/db";
import { getCalendarFeedToken, readEventIcs, rotateCalendarFeed } from "@/lib/services/calendar-feed";
import { archiveCompanies, restoreCompanies } from "@/lib/services/companies";
import { hashFeedToken } from "@/lib/calendar/feed-token";
import { createTestUser } from "@/tests/helpers/users";

const ORIGIN = "http://offerboard.test";

/** A user with one company, one scheduled event in the past, one ahead and one without a time. */
async function userWithEvents(companyName: string) {
  const user = await createTestUser();
  const company = await db.company.create({ data: { userId: user.id, name: companyName, normalizedName: companyName }, select: { id: true } });
  const application = await db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
  const event = (position: number, scheduledAt: Date | null) =>
    db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position, stage: "INTERVIEW", label: `第${position}轮`, scheduledAt }, select: { id: true } });
  const pastEvent = await event(0, new Date("2025-10-01T02:00:00.000Z"));
  const nextEvent = await event(1, new Date("2026-12-20T06:00:00.000Z"));
  await event(2, null);
  return { user, companyId: company.id, eventIds: [pastEvent.id, nextEvent.id] };
}

const fetchFeed = (path: string, headers: Record<string, string> = {}) => {
  const segment = path.split("/").pop() ?? "";
  return GET(new Request(`${ORIGIN}${path}`, { headers }), { params: Promise.resolve({ token: segment }) });
};
const feedPath = (token: string) => `/api/calendar/${token}.ics`;
/** Each entry of the token's feed: its UID, status and revision. */
async function feedEntries(token: string) {
  const text = await (await fetchFeed(feedPath(token))).text();
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return [event.uid, vevent.getFirstPropertyValue("status"), event.sequence];
  });
}
const uids = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => String(vevent.getFirstPropertyValue("uid")));

describe("the calendar feed", { timeout: 60_000 }, () => {
  it("holds only its owner's scheduled events, past ones included", async () => {
    const alice = await userWithEvents("阿里巴巴");
    const bob = await userWithEvents("百度");
    const [aliceToken, bobToken] = await Promise.all([rotateCalendarFeed(alice.user.id), rotateCalendarFeed(bob.user.id)]);

    const aliceFeed = await fetchFeed(feedPath(aliceToken));
    expect(aliceFeed.status).toBe(200);
    expect(aliceFeed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await aliceFeed.text();
    expect(uids(text)).toEqual(alice.eventIds.map((id) => `${id}@offerboard`));
    expect(text).toContain(`${ORIGIN}/companies/${alice.companyId}`);
    expect(text).not.toContain("百度");

    const bobText = await (await fetchFeed(feedPath(bobToken))).text();
    expect(uids(bobText)).toEqual(bob.eventIds.map((id) => `${id}@offerboard`));
  });

  it("stores the token's hash and the token only sealed", async () => {
    const { user } = await userWithEvents("京东");
    const token = await rotateCalendarFeed(user.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(row.tokenSealed).not.toContain(token);
    // The sealed copy opens to the rotated token: settings shows the new link.
    expect(await getCalendarFeedToken(user.id)).toBe(token);
  });

  it("answers the old URL 404 after rotation, and the new one 200", async () => {
    const { user } = await userWithEvents("网易");
    const oldToken = await rotateCalendarFeed(user.id);
    expect((await fetchFeed(feedPath(oldToken))).status).toBe(200);
    const newToken = await rotateCalendarFeed(user.id);
    expect(newToken).not.toBe(oldToken);
    expect((await fetchFeed(feedPath(oldToken))).status).toBe(404);
    expect((await fetchFeed(feedPath(newToken))).status).toBe(200);
  });

  it("answers every wrong token with the same bare 404", async () => {
    const { user } = await userWithEvents("小米");
    const token = await rotateCalendarFeed(user.id);
    const wrong = [
      feedPath(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`),
      feedPath("short"),
      feedPath(`${token}x`),
      `/api/calendar/${token}`,
      `/api/calendar/${token}.json`,
      feedPath("../../etc/passwd"),
    ];
    const answers = await Promise.all(wrong.map(async (path) => {
      const response = await fetchFeed(path);
      return [response.status, await response.text(), response.headers.get("etag")];
    }));
    expect(answers).toEqual(wrong.map(() => [404, "Not Found", null]));
  });

  it("answers 304 to an unchanged feed's ETag and 200 once an event moves", async () => {
    const { user, eventIds } = await userWithEvents("美团");
    const token = await rotateCalendarFeed(user.id);
    const first = await fetchFeed(feedPath(token));
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/u);

    const again = await fetchFeed(feedPath(token), { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await fetchFeed(feedPath(token), { "If-None-Match": `W/${etag}` })).status).toBe(304);
    expect((await fetchFeed(feedPath(token), { "If-None-Match": '"other"' })).status).toBe(200);

    await db.stageEvent.update({ where: { id: eventIds[1] }, data: { scheduledAt: new Date("2026-12-21T06:00:00.000Z") } });
    const moved = await fetchFeed(feedPath(token), { "If-None-Match": etag });
    expect(moved.status).toBe(200);
    expect(moved.headers.get("etag")).not.toBe(etag);
    const movedText = await moved.text();
    expect(movedText).toContain("DTSTART:20261221T060000Z");
    const sequences = new ICAL.Component(ICAL.parse(movedText)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent).sequence);
    expect(sequences).toEqual([0, 1]);

    // Any other write the feed shows (a company's name, the reader's language) changes it too.
    const renamedFrom = moved.headers.get("etag") ?? "";
    await db.company.updateMany({ where: { userId: user.id }, data: { name: "美团点评" } });
    const renamed = await fetchFeed(feedPath(token), { "If-None-Match": renamedFrom });
    expect([renamed.status, (await renamed.text()).includes("美团点评")]).toEqual([200, true]);
    await db.user.update({ where: { id: user.id }, data: { locale: "en" } });
    const english = await fetchFeed(feedPath(token), { "If-None-Match": renamed.headers.get("etag") ?? "" });
    expect([english.status, (await english.text()).includes("Interview")]).toEqual([200, true]);
  });

  it("raises an event's SEQUENCE each time it moves, and only then", async () => {
    const { user, eventIds } = await userWithEvents("携程");
    const id = eventIds[0] ?? "";
    const sequence = async () => (await db.stageEvent.findUniqueOrThrow({ where: { id }, select: { sequence: true } })).sequence;
    await db.stageEvent.update({ where: { id }, data: { notes: "带简历", result: "PASSED" } });
    expect(await sequence()).toBe(0);
    await db.stageEvent.update({ where: { id }, data: { scheduledAt: new Date("2025-10-02T02:00:00.000Z") } });
    await db.stageEvent.update({ where: { id }, data: { scheduledAt: new Date("2025-10-02T02:00:00.000Z") } });
    expect(await sequence()).toBe(1);
    await db.stageEvent.updateMany({ where: { userId: user.id, id }, data: { scheduledAt: null } });
    expect(await sequence()).toBe(2);
  });

  it("keeps a removed event as cancelled until it comes back, and forgets a deleted user's", async () => {
    const { user, eventIds } = await userWithEvents("滴滴");
    const [pastId, nextId] = [eventIds[0] ?? "", eventIds[1] ?? ""];
    const token = await rotateCalendarFeed(user.id);
    const feed = () => feedEntries(token);
    await db.stageEvent.update({ where: { id: nextId }, data: { scheduledAt: new Date("2026-12-22T06:00:00.000Z") } });
    const removed = await db.stageEvent.delete({ where: { id: nextId } });
    await db.stageEvent.update({ where: { id: pastId }, data: { scheduledAt: null } });
    expect(await feed()).toEqual([
      [`${pastId}@offerboard`, "CANCELLED", 1],
      [`${nextId}@offerboard`, "CANCELLED", 2],
    ]);

    await db.stageEvent.create({ data: { ...removed, sequence: removed.sequence + 2 } });
    // Live events first, then the cancelled ones.
    expect(await feed()).toEqual([
      [`${nextId}@offerboard`, "CONFIRMED", 3],
      [`${pastId}@offerboard`, "CANCELLED", 1],
    ]);

    await db.user.delete({ where: { id: user.id } });
    expect(await db.calendarCancellation.count({ where: { userId: user.id } })).toBe(0);
    expect((await fetchFeed(feedPath(token))).status).toBe(404);
  });

  it("lists an archived company's events as cancelled, as the app's calendar leaves them out, and as events again once it is restored", async () => {
    const { user, companyId, eventIds } = await userWithEvents("拼多多");
    const kept = await userWithEvents("携程");
    const token = await rotateCalendarFeed(user.id);
    const feed = () => feedEntries(token);
    const listed = (status: string, sequence: number) => eventIds.map((id) => [`${id}@offerboard`, status, sequence]);
    expect(await feed()).toEqual(listed("CONFIRMED", 0));

    await archiveCompanies(user.id, [companyId]);
    expect(await feed()).toEqual(listed("CANCELLED", 1));
    // Archived again, or changed while archived: the revision stays.
    await archiveCompanies(user.id, [companyId]);
    await db.company.update({ where: { id: companyId }, data: { notes: "暂不考虑" } });
    expect(await feed()).toEqual(listed("CANCELLED", 1));

    await restoreCompanies(user.id, [companyId]);
    expect(await feed()).toEqual(listed("CONFIRMED", 2));
    // Another user's archive changes nothing here.
    await archiveCompanies(kept.user.id, [kept.companyId]);
    expect(await feed()).toEqual(listed("CONFIRMED", 2));
  });

  it("lets no other user's event, restored under the same id, take away or change a cancellation", async () => {
    const owner = await userWithEvents("美团");
    const other = await userWithEvents("京东");
    const id = owner.eventIds[1] ?? "";
    const removed = await db.stageEvent.delete({ where: { id } });
    const mark = await db.calendarCancellation.findUniqueOrThrow({ where: { eventId: id } });
    const application = await db.application.findFirstOrThrow({ where: { userId: other.user.id }, select: { id: true } });
    await db.stageEvent.create({ data: { ...removed, userId: other.user.id, applicationId: application.id, position: 9 } });
    await db.stageEvent.update({ where: { id }, data: { scheduledAt: null } });
    expect(await db.calendarCancellation.findUniqueOrThrow({ where: { eventId: id } })).toEqual(mark);
  });

  it("gives a single event's file only to its owner", async () => {
    const alice = await userWithEvents("拼多多");
    const bob = await userWithEvents("快手");
    const aliceUser = { id: alice.user.id, locale: "zh", timeZone: "Asia/Shanghai", preferences: {} };
    const bobUser = { id: bob.user.id, locale: "zh", timeZone: "Asia/Shanghai", preferences: {} };
    const eventId = alice.eventIds[1] ?? "";
    expect(await readEventIcs(aliceUser, eventId, ORIGIN)).toContain("BEGIN:VALARM");
    await expect(readEventIcs(bobUser, eventId, ORIGIN)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readEventIcs(aliceUser, "no-such-event", ORIGIN)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
