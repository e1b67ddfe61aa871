import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { hasLocale } from "next-intl";

import { db } from "@/lib/db";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { PREFERENCE_COOKIE_OPTIONS } from "@/lib/preferences";
import { ZSignInInput } from "@/lib/validation/auth";

import { verifyPassword } from "./password";
import { clientIp, countPasswordGuess, forgiveRightPassword } from "./rate-limit";
import { decodeSignInError, encodeSignInError } from "./sign-in-error";
import { createSession, findSessionUser, revokeSession } from "./session-store";
import { SESSION_MAX_AGE_S } from "./token";

/** A header of next-auth's request (a plain object whose values may be arrays). */
function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

// Compared against when there is no such user, so timing does not reveal accounts.
const DUMMY_HASH = "$2b$12$CwTycUXWue0Thq9StjUM0uJ8Vx3Vt4lqf1eJ8u8nqZ1kq7l8s9e1a";

async function checkCredentials(credentials: Record<string, string> | undefined, headers: Record<string, unknown> | undefined) {
  const parsed = ZSignInInput.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp((name) => headerOf(headers, name));
  const refusal = await countPasswordGuess(email, ip);
  if (refusal) throw new Error(encodeSignInError(refusal.code, refusal.retryAt));
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabledAt) return null;
  await forgiveRightPassword(email, ip);
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * next-auth puts authorize()'s error message into the response (and the /login?error= URL):
 * anything but our own codes, such as "Can't reach database server at …", becomes UNAVAILABLE
 * there and a line in the server log.
 */
async function authorize(credentials: Record<string, string> | undefined, headers: Record<string, unknown> | undefined) {
  try {
    return await checkCredentials(credentials, headers);
  } catch (error) {
    if (error instanceof Error && decodeSignInError(error.message).code !== "INVALID") throw error;
    console.error("[offerboard] sign-in failed", error);
    throw new Error(encodeSignInError("UNAVAILABLE"));
  }
}

/** A new device takes the account's saved language (User.locale), unless it already chose one. */
async function rememberLocale(userId: string) {
  const jar = await cookies();
  if (jar.has(LOCALE_COOKIE)) return;
  const saved = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  if (hasLocale(LOCALES, saved?.locale)) jar.set(LOCALE_COOKIE, saved.locale, PREFERENCE_COOKIE_OPTIONS);
}

/** Thrown by the jwt callback for a session that has ended: next-auth then clears the cookie. */
const SESSION_ENDED = "SESSION_ENDED";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authorize(credentials, req.headers),
    }),
  ],
  events: {
    signIn: ({ user }) => rememberLocale(user.id),
    signOut: async ({ token }) => {
      if (token?.sid) await revokeSession(token.sid);
    },
  },
  callbacks: {
    // At sign-in the session is recorded and its id goes into the token; afterwards
    // (/api/auth/session) the token is honoured only while that session is live.
    async jwt({ token, user }) {
      if (user) return { ...token, sub: user.id, sid: await createSession(user.id) };
      const live = token.sub ? await findSessionUser({ userId: token.sub, sessionId: token.sid ?? null }) : null;
      if (!live) throw new Error(SESSION_ENDED);
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // An ended session is an expected answer of /api/auth/session, not a server error.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
