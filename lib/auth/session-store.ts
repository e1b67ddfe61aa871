// Sessions recorded on the server. A session token carries its row's id (claim `sid`) and is
// honoured only while the row exists, is younger than SESSION_MAX_AGE_S and its user is not
// disabled: signing out deletes the row, "sign out everywhere" and a password change delete many.
import "server-only";

import { randomBytes } from "node:crypto";

import { db } from "@/lib/db";
import { limitSql } from "@/lib/services/list-sql";

import { SESSION_MAX_AGE_S, type TSessionClaims } from "./token";

/** Expired sessions removed by each sign-in: pruning stays bounded. */
const PRUNE_BATCH = 100;

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  /** The user's settings object (calendar, reminders, the companies table: read with calendarSettingsOf and the like). */
  preferences: unknown;
  /** Changes with every write to the user's data: the key of lib/cache/user-reads.ts. */
  dataVersion: string;
  /** The server-side session this request is signed in with. */
  sessionId: string;
};

const expiryCutoff = (now: Date) => new Date(now.getTime() - SESSION_MAX_AGE_S * 1000);

/**
 * The user of a live session, or null: one statement reads the user and checks the session
 * (exists, not expired, user not disabled), so the check costs no extra round trip.
 */
export async function findSessionUser(claims: TSessionClaims): Promise<TCurrentUser | null> {
  if (!claims.sessionId) return null;
  const rows = await db.$queryRaw<TCurrentUser[]>`
    SELECT u.id, u.email, u.name, u.locale, u."timeZone", u.preferences, u."dataVersion"::text AS "dataVersion", s.id AS "sessionId"
    FROM "AuthSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${claims.sessionId} AND s."userId" = ${claims.userId}
      AND s."createdAt" > ${expiryCutoff(new Date())} AND u."disabledAt" IS NULL`;
  return rows[0] ?? null;
}

/** Records a new session for the user (at sign-in) and returns its id. */
export async function createSession(userId: string): Promise<string> {
  const now = new Date();
  const id = randomBytes(24).toString("base64url");
  await db.$executeRaw`
    WITH pruned AS (
      DELETE FROM "AuthSession" WHERE id IN (
        SELECT id FROM "AuthSession" WHERE "createdAt" < ${expiryCutoff(now)}
        LIMIT ${limitSql(PRUNE_BATCH)} FOR UPDATE SKIP LOCKED)
    )
    INSERT INTO "AuthSession" (id, "userId", "createdAt") VALUES (${id}, ${userId}, ${now})`;
  return id;
}

/** Ends one session (sign-out). */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.authSession.deleteMany({ where: { id: sessionId } });
}

/** Ends all the user's sessions but `keep` (none when omitted); a batch step for db.$transaction([...]). */
export function revokeSessions(userId: string, keep?: string) {
  return db.authSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
}
