import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";

import { db } from "@/lib/db";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { PREFERENCE_COOKIE_OPTIONS } from "@/lib/preferences";
import { ZSignInInput } from "@/lib/validation/auth";

import { verifyPassword } from "./password";
import { clearSignInFailures, clientIp, isSignInLimited, recordFailedSignIn, signInKeys } from "./rate-limit";

/** The error the sign-in form shows as "too many attempts"; any other reads as a wrong password. */
const RATE_LIMITED = "RATE_LIMITED";

/** A header of next-auth's request (a plain object whose values may be arrays). */
function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

async function authorize(credentials: Record<string, string> | undefined, headers: Record<string, unknown> | undefined) {
  const parsed = ZSignInInput.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = signInKeys(email, clientIp((name) => headerOf(headers, name)));
  if (await isSignInLimited(keys)) throw new Error(RATE_LIMITED);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  // Compare against a dummy hash when there is no user, so timing does not reveal accounts.
  const hash = user?.passwordHash ?? "$2b$12$CwTycUXWue0Thq9StjUM0uJ8Vx3Vt4lqf1eJ8u8nqZ1kq7l8s9e1a";
  const valid = await verifyPassword(password, hash);
  if (!user || !valid) {
    await recordFailedSignIn(keys);
    return null;
  }
  await clearSignInFailures(email);
  return { id: user.id, email: user.email, name: user.name };
}

/** A new device takes the account's saved language (User.locale), unless it already chose one. */
async function rememberLocale(userId: string) {
  const jar = await cookies();
  if (jar.has(LOCALE_COOKIE)) return;
  const saved = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  if (isLocale(saved?.locale)) jar.set(LOCALE_COOKIE, saved.locale, PREFERENCE_COOKIE_OPTIONS);
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
