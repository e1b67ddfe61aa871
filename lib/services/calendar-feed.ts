import "server-only";

import { createHash } from "node:crypto";

import { FEED_TOKEN_PATTERN, hashFeedToken, newFeedToken, openFeedToken, sealFeedToken } from "@/lib/calendar/feed-token";
import { cachedFeedBody } from "@/lib/cache/feed-bodies";
import { feedIcs, eventIcs, type TIcsEvent } from "@/lib/calendar/ics";
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { localeOf } from "@/lib/i18n/config";
import { appSecret } from "@/lib/server/secret";
import { calendarSettingsOf } from "@/lib/validation/calendar";

const feedRow = (userId: string, token: string) => ({ tokenHash: hashFeedToken(token), tokenSealed: sealFeedToken(token, userId, appSecret()) });

/** A scheduled event, and when its company was archived (null while it is not). */
type TIcsRow = TIcsEvent & { archivedAt: Date | null };

/**
 * The user's scheduled events as the calendar files write them, each with its company's name, in
 * one statement (no query per relation); with `eventId`, that one event only.
 */
function readIcsEvents(userId: string, eventId?: string): Promise<TIcsRow[]> {
  return db.$queryRaw<TIcsRow[]>`
    SELECT e.id, a."companyId", c.name AS "companyName", e.stage, e.label, e."scheduledAt", e.link, e."linkExpiresAt", e.sequence, e."createdAt", c."archivedAt"
    FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId}
    WHERE e."userId" = ${userId} AND e."scheduledAt" IS NOT NULL ${eventId === undefined ? Prisma.empty : Prisma.sql`AND e.id = ${eventId}`}
    ORDER BY e."scheduledAt", e.id`;
}

/** Makes the user's feed link, or replaces it (the old URL then answers 404). Returns the token. */
export async function rotateCalendarFeed(userId: string): Promise<string> {
  assertUserId(userId);
  const token = newFeedToken();
  const row = feedRow(userId, token);
  await db.calendarFeed.upsert({ where: { userId }, create: { userId, ...row }, update: { ...row, createdAt: new Date() } });
  return token;
}

/**
 * The user's feed token, made on first call (two first calls at once agree on one). Null when a
 * link exists that this instance cannot show: made before tokens were kept sealed, or sealed
 * under another secret (a database moved between instances); settings then offers a new one.
 */
export async function getCalendarFeedToken(userId: string): Promise<string | null> {
  assertUserId(userId);
  const select = { tokenHash: true, tokenSealed: true } as const;
  let feed = await db.calendarFeed.findUnique({ where: { userId }, select });
  if (!feed) {
    await db.calendarFeed.createMany({ data: [{ userId, ...feedRow(userId, newFeedToken()) }], skipDuplicates: true });
    feed = await db.calendarFeed.findUniqueOrThrow({ where: { userId }, select });
  }
  return feed.tokenSealed ? openFeedToken(feed.tokenSealed, userId, appSecret(), feed.tokenHash) : null;
}

/** Bumped when the feed's format changes, so every ETag issued before then stops matching. */
const FEED_FORMAT = 1;

type TCalendarFeed = {
  /** Changes with every write to the owner's data (User.dataVersion): a match needs no feed built. */
  etag: string;
  /** The feed as UTF-8, built once per ETag (lib/cache/feed-bodies.ts). */
  body: () => Promise<Uint8Array<ArrayBuffer>>;
};

/**
 * The feed of the token's owner: every scheduled event, past ones included, and the removed ones
 * and those of archived companies as cancelled. Null for any token that is not a current one
 * (malformed, rotated away, never made), without saying which. The lookup is by the token's hash,
 * so its timing tells nothing about a near miss.
 */
export async function readCalendarFeed(token: string, origin: string): Promise<TCalendarFeed | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { user: { select: { id: true, locale: true, timeZone: true, preferences: true, disabledAt: true, dataVersion: true } } },
  });
  if (!feed || feed.user.disabledAt) return null;
  const { user } = feed;
  const version = createHash("sha256").update(`${FEED_FORMAT}\0${user.id}\0${user.dataVersion}\0${origin}`).digest("base64url");
  const etag = `"${version}"`;
  return { etag, body: () => cachedFeedBody(etag, () => buildFeed(user, origin)) };
}

/** Whose events a calendar file holds, and how it writes them. */
type TFeedOwner = { id: string; locale: string; timeZone: string; preferences: unknown };

async function buildFeed(user: TFeedOwner, origin: string): Promise<string> {
  const [rows, removed] = await Promise.all([
    readIcsEvents(user.id),
    db.calendarCancellation.findMany({
      where: { userId: user.id },
      orderBy: [{ scheduledAt: "asc" }, { eventId: "asc" }],
      select: { eventId: true, scheduledAt: true, sequence: true, cancelledAt: true },
    }),
  ]);
  // Archiving raised the revision of the company's events (migration feed_archived_companies), so
  // their cancellation outranks the copy a subscribed calendar holds.
  const events = rows.filter((row) => row.archivedAt === null);
  const archived = rows.flatMap(({ id, scheduledAt, sequence, archivedAt }) => (archivedAt ? [{ eventId: id, scheduledAt, sequence, cancelledAt: archivedAt }] : []));
  return feedIcs(events, [...removed, ...archived], { origin, locale: localeOf(user.locale), timeZone: user.timeZone, settings: calendarSettingsOf(user.preferences) });
}

/** One of the user's scheduled events as a calendar file with alarms; another user's is NOT_FOUND. */
export async function readEventIcs(user: TFeedOwner, eventId: string, origin: string): Promise<string> {
  assertUserId(user.id);
  const [event] = await readIcsEvents(user.id, eventId);
  if (!event) throw new AppError("NOT_FOUND");
  return eventIcs(event, { origin, locale: localeOf(user.locale), timeZone: user.timeZone, settings: calendarSettingsOf(user.preferences) });
}
