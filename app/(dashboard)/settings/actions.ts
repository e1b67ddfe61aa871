"use server";

// Account security: each action gets the user, parses its input once, calls one service and
// maps errors in one place.
import { headers } from "next/headers";

import { requireApiUser } from "@/lib/auth";
import { clientIp } from "@/lib/auth/rate-limit";
import { minutesUntil } from "@/lib/auth/sign-in-error";
import { AppError, toActionError, type TActionResult } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { changePassword, signOutEverywhere } from "@/lib/services/users";
import { fieldErrorsOf, ZChangePasswordInput } from "@/lib/validation/auth";

/** Changes the password (the current one required); every other session ends, this one stays. */
export async function changePasswordAction(input: unknown): Promise<TActionResult> {
  const t = await getTranslations();
  try {
    const user = await requireApiUser();
    const parsed = ZChangePasswordInput.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(
        Object.entries(fieldErrorsOf(parsed.error)).map(([field, keys]) => [field, keys.map((key) => t(key))]),
      );
      return { ok: false, code: "VALIDATION", message: t("errors.VALIDATION"), fieldErrors };
    }
    const requestHeaders = await headers();
    await changePassword(user, parsed.data, clientIp((name) => requestHeaders.get(name)));
    return { ok: true };
  } catch (error) {
    // Too many guesses: the message says when to try again (details.retryAt, from the service).
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      const { retryAt } = error.details as { retryAt: string };
      return { ok: false, code: error.code, message: t(error.messageKey, { minutes: minutesUntil(new Date(retryAt)) }) };
    }
    const result = toActionError(error, t);
    if (error instanceof AppError && error.messageKey === "settings.currentPasswordWrong") {
      return { ...result, fieldErrors: { currentPassword: [result.message] } };
    }
    return result;
  }
}

/** Ends every session of the user, this one included; the client then clears its cookie. */
export async function signOutEverywhereAction(): Promise<TActionResult> {
  const t = await getTranslations();
  try {
    const user = await requireApiUser();
    await signOutEverywhere(user.id);
    return { ok: true };
  } catch (error) {
    return toActionError(error, t);
  }
}
