import { db } from "@/lib/db";

export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** Keys under which failed sign-ins are counted: one per email, one per client address. */
export function signInKeys(email: string, ip: string | null): string[] {
  return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

/** True when any key has used up its failed attempts in the window. */
export async function isSignInLimited(keys: string[], now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const counts = await db.loginAttempt.groupBy({
    by: ["key"],
    where: { key: { in: keys }, createdAt: { gt: since } },
    _count: { _all: true },
  });
  return counts.some((row) => row._count._all >= SIGN_IN_LIMIT);
}

export async function recordFailedSignIn(keys: string[]): Promise<void> {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key })) });
}

/** A successful sign-in forgives that email's failures (the address keeps its count). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key: `email:${email.toLowerCase()}` } });
}
