// The error a refused sign-in reports. next-auth passes authorize()'s error message to the
// client (and, without JavaScript, into the /login?error= URL), so it is only ever one of these
// codes, with the time to try again when there is one: never a message from inside the server.

import type { TTranslate } from "@/lib/i18n/types";

const SIGN_IN_ERRORS = ["RATE_LIMITED", "ACCOUNT_LOCKED", "UNAVAILABLE"] as const;
type TSignInErrorCode = (typeof SIGN_IN_ERRORS)[number];
type TSignInError = { code: TSignInErrorCode | "INVALID"; retryAt: Date | null };

export function encodeSignInError(code: TSignInErrorCode, retryAt?: Date): string {
  return retryAt ? `${code}:${retryAt.getTime()}` : code;
}

/** Any other text (next-auth's "CredentialsSignin" for a wrong password) reads as INVALID. */
export function decodeSignInError(value: string | null | undefined): TSignInError {
  const [code, at] = (value ?? "").split(":");
  if (!(SIGN_IN_ERRORS as readonly string[]).includes(code ?? "")) return { code: "INVALID", retryAt: null };
  const ms = Number(at);
  return { code: code as TSignInErrorCode, retryAt: at && Number.isFinite(ms) ? new Date(ms) : null };
}

/** Whole minutes until `retryAt`, at least 1. */
export function minutesUntil(retryAt: Date, now = Date.now()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now) / 60_000));
}

/** The translated message for a refused sign-in (a wrong password when the code is unknown). */
export function signInErrorMessage(t: TTranslate, value: string | null | undefined, now = Date.now()): string {
  const { code, retryAt } = decodeSignInError(value);
  const minutes = retryAt ? minutesUntil(retryAt, now) : 15;
  if (code === "RATE_LIMITED") return t("auth.rateLimited", { minutes });
  if (code === "ACCOUNT_LOCKED") return t("auth.accountLocked", { minutes });
  if (code === "UNAVAILABLE") return t("auth.unavailable");
  return t("auth.invalidCredentials");
}
