import { db } from "@/lib/db";

export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Accounts one client address may create per window. */
export const SIGN_UP_LIMIT = 10;
export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;

/** The client's address from the proxy headers (first x-forwarded-for hop, else x-real-ip), or null. */
export function clientIp(header: (name: string) => string | null | undefined): string | null {
  const forwarded = header("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  return header("x-real-ip") || null;
}

/** Keys under which failed sign-ins are counted: one per email, one per client address. */
export function signInKeys(email: string, ip: string | null): string[] {
  return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

async function anyKeyReached(keys: string[], limit: number, windowMs: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - windowMs);
  const counts = await db.loginAttempt.groupBy({
    by: ["key"],
    where: { key: { in: keys }, createdAt: { gt: since } },
    _count: { _all: true },
  });
  return counts.some((row) => row._count._all >= limit);
}

/** True when any key has used up its failed attempts in the window. */
export function isSignInLimited(keys: string[], now = new Date()): Promise<boolean> {
  return anyKeyReached(keys, SIGN_IN_LIMIT, SIGN_IN_WINDOW_MS, now);
}

/** The key under which an address's new accounts are counted (in the same table as sign-ins). */
export const signUpKey = (ip: string) => `signup:${ip}`;

/** True when the address has created SIGN_UP_LIMIT accounts in the window. */
export function isSignUpLimited(ip: string, now = new Date()): Promise<boolean> {
  return anyKeyReached([signUpKey(ip)], SIGN_UP_LIMIT, SIGN_UP_WINDOW_MS, now);
}

export async function recordFailedSignIn(keys: string[]): Promise<void> {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key })) });
}

/** A successful sign-in forgives that email's failures (the address keeps its count). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key: `email:${email.toLowerCase()}` } });
}
