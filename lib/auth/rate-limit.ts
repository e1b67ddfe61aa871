// Attempts counted per key in a window that opens with the key's first attempt and lasts the
// rule's windowMs; one row per key. Each attempt is one atomic INSERT … ON CONFLICT DO UPDATE …
// RETURNING, so parallel attempts are numbered 1, 2, 3… and exactly `limit` of them get
// through, on one app server or several.
import "server-only";

import { db } from "@/lib/db";
import { limitSql } from "@/lib/services/list-sql";

export type TRateRule = { prefix: string; limit: number; windowMs: number };

/** Password guesses (sign-ins and password changes) from one client address. */
export const SIGN_IN_PER_ADDRESS: TRateRule = { prefix: "signin-ip", limit: 10, windowMs: 15 * 60 * 1000 };
/**
 * Password guesses against one account from any address: higher than the per-address limit, so
 * one address is stopped before it can lock the account, and short, so a lock does not keep
 * the owner out for long.
 */
export const SIGN_IN_PER_ACCOUNT: TRateRule = { prefix: "signin-account", limit: 30, windowMs: 5 * 60 * 1000 };
/** Accounts one client address may try to create. */
export const SIGN_UP_PER_ADDRESS: TRateRule = { prefix: "signup-ip", limit: 10, windowMs: 60 * 60 * 1000 };
/** Test messages to the user's own webhook: a few, so the button cannot make the server post at will. */
export const REMINDER_TESTS_PER_USER: TRateRule = { prefix: "reminder-test", limit: 10, windowMs: 15 * 60 * 1000 };
/** Reminders sent for one user in an hour: far above a season's busiest evening, low enough that events cannot be made into a flood. */
export const REMINDER_SENDS_PER_USER: TRateRule = { prefix: "reminder-send", limit: 60, windowMs: 60 * 60 * 1000 };

/** Expired rows of other keys removed by each counted attempt: pruning stays bounded and never waits. */
const PRUNE_BATCH = 50;

type TRateResult = { allowed: boolean; retryAt: Date };

const keyOf = (rule: TRateRule, id: string) => `${rule.prefix}:${id.toLowerCase()}`;

/** Counts one attempt under (rule, id): allowed while its window's count is within the limit. */
export async function consumeAttempt(rule: TRateRule, id: string, now = new Date()): Promise<TRateResult> {
  const key = keyOf(rule, id);
  const opens = new Date(now.getTime() + rule.windowMs);
  const rows = await db.$queryRaw<{ count: number; expiresAt: Date }[]>`
    WITH pruned AS (
      DELETE FROM "RateLimit" WHERE "key" IN (
        SELECT "key" FROM "RateLimit" WHERE "expiresAt" <= ${now} AND "key" <> ${key}
        LIMIT ${limitSql(PRUNE_BATCH)} FOR UPDATE SKIP LOCKED)
    )
    INSERT INTO "RateLimit" AS r ("key", "count", "expiresAt") VALUES (${key}, 1, ${opens})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN r."expiresAt" <= ${now} THEN 1 ELSE r."count" + 1 END,
      "expiresAt" = CASE WHEN r."expiresAt" <= ${now} THEN ${opens} ELSE r."expiresAt" END
    RETURNING "count", "expiresAt"`;
  const row = rows[0]!;
  return { allowed: row.count <= rule.limit, retryAt: row.expiresAt };
}

/** Gives back one attempt of the open window (a guess that turned out right). */
async function refundAttempt(rule: TRateRule, id: string, now = new Date()): Promise<void> {
  await db.rateLimit.updateMany({
    where: { key: keyOf(rule, id), expiresAt: { gt: now }, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/** Forgets every attempt under (rule, id): a right password clears the account's failures. */
async function clearAttempts(rule: TRateRule, id: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(rule, id) } });
}

/**
 * The client's address as the app's server resolved it from the socket: lib/server/serve.js sets
 * x-forwarded-for to exactly that address, believing a forwarded chain only from TRUSTED_PROXY.
 */
export function clientIp(header: (name: string) => string | null | undefined): string | null {
  return header("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

type TGuessRefusal = { code: "RATE_LIMITED" | "ACCOUNT_LOCKED"; retryAt: Date };

/**
 * Counts one password guess against `account` (its email) from `ip`: the address's limit first,
 * so an address that has used its guesses never reaches (or locks) the account; then the
 * account's own, higher and shorter limit. Returns why the guess may not be checked, or null.
 */
export async function countPasswordGuess(account: string, ip: string | null): Promise<TGuessRefusal | null> {
  if (ip) {
    const address = await consumeAttempt(SIGN_IN_PER_ADDRESS, ip);
    if (!address.allowed) return { code: "RATE_LIMITED", retryAt: address.retryAt };
  }
  const perAccount = await consumeAttempt(SIGN_IN_PER_ACCOUNT, account);
  return perAccount.allowed ? null : { code: "ACCOUNT_LOCKED", retryAt: perAccount.retryAt };
}

/** A right password: the address gets its guess back, the account's failures are forgotten. */
export async function forgiveRightPassword(account: string, ip: string | null): Promise<void> {
  await Promise.all([ip ? refundAttempt(SIGN_IN_PER_ADDRESS, ip) : null, clearAttempts(SIGN_IN_PER_ACCOUNT, account)]);
}

/** The account's own guess count (its key holds the email), as a statement to run with the account's deletion. */
export function forgetAccountAttempts(account: string) {
  return db.rateLimit.deleteMany({ where: { key: keyOf(SIGN_IN_PER_ACCOUNT, account) } });
}
