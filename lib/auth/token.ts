// Reading the session cookie. next-auth's getServerSession() decrypts the JWT and encrypts a
// renewed one on every call, deriving the key each time; a page needs only the user id, and a
// browser sends the same cookie with every request, so the decrypted payload is kept per token.
import { decode, type JWT } from "next-auth/jwt";

/** A session lasts 30 days from sign-in (the token's lifetime, and its server-side row's). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** next-auth's cookie names: the `__Secure-` one behind https. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

const CACHE_SIZE = 1000;
// next-auth accepts a token up to 15 s past its expiry (jose's clockTolerance); so do we.
const CLOCK_TOLERANCE_MS = 15_000;
const decoded = new Map<string, JWT>();

async function payloadOf(token: string): Promise<JWT | null> {
  const cached = decoded.get(token);
  if (cached) return cached;
  const payload = await decode({ token, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  if (!payload) return null;
  if (decoded.size >= CACHE_SIZE) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, payload);
  return payload;
}

export type TSessionClaims = { userId: string; sessionId: string | null };

/**
 * The user id and server-side session id (claim `sid`) of a session token, or null for a
 * missing, forged or expired one. Whether the session is still live is the database's to say.
 */
export async function sessionClaims(token: string | undefined, now = Date.now()): Promise<TSessionClaims | null> {
  if (!token) return null;
  const payload = await payloadOf(token);
  if (!payload || typeof payload.sub !== "string") return null;
  if (typeof payload.exp === "number" && payload.exp * 1000 + CLOCK_TOLERANCE_MS < now) return null;
  return { userId: payload.sub, sessionId: typeof payload.sid === "string" ? payload.sid : null };
}

/** The signed-in user's id from a session token (its signature and expiry only), or null. */
export async function sessionUserId(token: string | undefined, now = Date.now()): Promise<string | null> {
  return (await sessionClaims(token, now))?.userId ?? null;
}

/** The session token among the request's cookies, if any. */
export function sessionToken(read: (name: string) => string | undefined): string | undefined {
  for (const name of SESSION_COOKIES) {
    const value = read(name);
    if (value) return value;
  }
  return undefined;
}
