import "server-only";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { AppError } from "@/lib/errors";

import { findSessionUser, revokeSession, type TCurrentUser } from "./session-store";
import { SESSION_COOKIES, sessionClaims, sessionToken } from "./token";

export type { TCurrentUser };

/**
 * The signed-in user of a live session, read fresh from the database (a signed-out session, a
 * deleted or disabled account has none), or null. Cached per request, so the layout and the
 * page calling requireUser() cost one query.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const jar = await cookies();
  const claims = await sessionClaims(sessionToken((name) => jar.get(name)?.value));
  return claims ? findSessionUser(claims) : null;
});

/**
 * For pages: the user, or a redirect to sign-in. proxy.ts has already sent visitors without a
 * session cookie there with a callbackUrl; this catches ended, stale or forged sessions.
 */
export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // ?expired=1 tells proxy.ts to let a cookie of an ended session reach /login
  // (otherwise /login → /dashboard → /login would loop) and the page to say why.
  redirect("/login?expired=1");
}

/** For server actions and route handlers: the user, or AppError UNAUTHORIZED (401). */
export async function requireApiUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

/**
 * Signs this device out: its session's row goes first (so the token stops working wherever it
 * was copied), then its cookie. Works for an ended session too: there is just no row to remove.
 */
export async function endThisSession(): Promise<void> {
  const jar = await cookies();
  const claims = await sessionClaims(sessionToken((name) => jar.get(name)?.value));
  if (claims?.sessionId) await revokeSession(claims.sessionId);
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
}
