import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { sessionToken, sessionUserId } from "./token";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  /** Changes with every write to the user's data: the key of lib/cache/user-reads.ts. */
  dataVersion: string;
};

/**
 * The signed-in user, read fresh from the database (a deleted account has no session), or null.
 * Cached per request, so the layout and the page calling requireUser() cost one query.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const jar = await cookies();
  const id = await sessionUserId(sessionToken((name) => jar.get(name)?.value));
  if (!id) return null;
  const rows = await db.$queryRaw<TCurrentUser[]>`
    SELECT id, email, name, locale, "timeZone", "dataVersion"::text AS "dataVersion" FROM "User" WHERE id = ${id}`;
  return rows[0] ?? null;
});

/**
 * For pages: the user, or a redirect to sign-in. proxy.ts has already sent visitors without a
 * session cookie there with a callbackUrl; this catches stale or forged cookies.
 */
export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // ?expired=1 tells proxy.ts to let a still-valid cookie of a deleted user reach /login
  // (otherwise /login → /dashboard → /login would loop) and the page to say why.
  redirect("/login?expired=1");
}

/** For server actions and route handlers: the user, or AppError UNAUTHORIZED (401). */
export async function requireApiUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}
