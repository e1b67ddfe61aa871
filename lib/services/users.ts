import "server-only";

import { db, isPrismaError } from "@/lib/db";
import { hashPassword, isCurrentPassword } from "@/lib/auth/password";
import { consumeAttempt, countPasswordGuess, forgetAccountAttempts, forgiveRightPassword, SIGN_UP_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { revokeSessions } from "@/lib/auth/session-store";
import { minutesUntil } from "@/lib/auth/sign-in-error";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TMessageKey } from "@/lib/i18n/types";
import type { TChangeEmailInput } from "@/lib/validation/account";
import type { TChangePasswordInput, TRegisterInput } from "@/lib/validation/auth";

const userSelect = { id: true, email: true, name: true } satisfies Prisma.UserSelect;

/**
 * Creates an account; a taken email is a CONFLICT with a clear message, never a stack trace.
 * Given the client's address (sign-up on the web), each attempt is counted atomically before any
 * work, and an address past SIGN_UP_PER_ADDRESS attempts in its hour is refused (RATE_LIMITED).
 */
export async function registerUser(input: TRegisterInput, options: { ip?: string | null } = {}) {
  const { email, password, name, timeZone } = input;
  const { ip } = options;
  if (ip && !(await consumeAttempt(SIGN_UP_PER_ADDRESS, ip)).allowed) throw new AppError("RATE_LIMITED");
  const passwordHash = await hashPassword(password);
  try {
    // One statement creating a row no other transaction can see yet: nothing to lock first.
    return await db.user.create({ data: { email, name, passwordHash, timeZone }, select: userSelect });
  } catch (error) {
    if (isPrismaError(error, "P2002")) {
      throw new AppError("CONFLICT", "errors.emailTaken", { field: "email" });
    }
    throw error;
  }
}

/** One statement that locks only the user's row, the first lock of every write (transaction()): it cannot deadlock. */
export async function setUserLocale(userId: string, locale: "zh" | "en") {
  assertUserId(userId);
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

/** The zone the user's dates are shown and entered in; stored instants stay as they are. */
export async function setUserTimeZone(userId: string, timeZone: string): Promise<void> {
  assertUserId(userId);
  await db.user.update({ where: { id: userId }, data: { timeZone }, select: { id: true } });
}

export async function renameUser(userId: string, name: string): Promise<void> {
  assertUserId(userId);
  await db.user.update({ where: { id: userId }, data: { name }, select: { id: true } });
}

type TSignedIn = { id: string; email: string };

/**
 * Checks a password typed to confirm a change, counted as a password guess and limited like
 * sign-in. A wrong one is a VALIDATION error on `field`.
 */
async function confirmPassword(user: TSignedIn, password: string, ip: string | null, field: string, messageKey: TMessageKey): Promise<void> {
  const refusal = await countPasswordGuess(user.email, ip);
  if (refusal) {
    const refusalKey = refusal.code === "ACCOUNT_LOCKED" ? "auth.accountLocked" : "auth.rateLimited";
    throw new AppError("RATE_LIMITED", refusalKey, { retryAt: refusal.retryAt.toISOString(), minutes: minutesUntil(refusal.retryAt) });
  }
  if (!(await isCurrentPassword(user.id, password))) throw new AppError("VALIDATION", messageKey, { field });
  await forgiveRightPassword(user.email, ip);
}

/** Changes the sign-in email after the current password; an email another account has is a field error. */
export async function changeEmail(user: TSignedIn, input: TChangeEmailInput, ip: string | null): Promise<void> {
  assertUserId(user.id);
  await confirmPassword(user, input.currentPassword, ip, "currentPassword", "settings.currentPasswordWrong");
  if (input.email === user.email) return;
  try {
    await db.user.update({ where: { id: user.id }, data: { email: input.email }, select: { id: true } });
  } catch (error) {
    if (isPrismaError(error, "P2002")) throw new AppError("CONFLICT", "settings.emailInUse", { field: "email" });
    throw error;
  }
}

/**
 * Deletes the account and every row it owns in one transaction: the user's row, from which every
 * table's userId cascades (sessions included), and the guess count kept under its email. The user
 * confirms with the password (a password guess, limited like sign-in): a session alone is not enough.
 */
export async function deleteAccount(user: TSignedIn, confirmation: string, ip: string | null): Promise<void> {
  assertUserId(user.id);
  await confirmPassword(user, confirmation, ip, "confirmation", "validation.deleteConfirmationWrong");
  await db.$transaction([db.user.deleteMany({ where: { id: user.id } }), forgetAccountAttempts(user.email)]);
}

/**
 * Changes the password of a signed-in user, who must give the current one (counted as a
 * password guess, limited like sign-in). Every other session of the user ends in the same
 * transaction; `sessionId`, the one making the change, stays signed in.
 */
export async function changePassword(
  user: { id: string; email: string; sessionId: string },
  input: TChangePasswordInput,
  ip: string | null,
): Promise<void> {
  assertUserId(user.id);
  const { currentPassword, newPassword } = input;
  await confirmPassword(user, currentPassword, ip, "currentPassword", "settings.currentPasswordWrong");
  const passwordHash = await hashPassword(newPassword);
  // The user's row first, then sessions, which no other write of the user locks.
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } }),
    revokeSessions(user.id, user.sessionId),
  ]);
}

/** Ends every session of the user, this one included ("sign out everywhere"). */
export async function signOutEverywhere(userId: string): Promise<void> {
  assertUserId(userId);
  await revokeSessions(userId);
}

/**
 * Merges `patch` into the user's preferences object in one statement, so keys written meanwhile
 * (another setting, another tab) survive.
 */
export async function mergeUserPreferences(userId: string, patch: Record<string, unknown>): Promise<void> {
  assertUserId(userId);
  await db.$executeRaw`UPDATE "User" SET preferences = preferences || ${JSON.stringify(patch)}::jsonb, "updatedAt" = now() WHERE id = ${userId}`;
}
