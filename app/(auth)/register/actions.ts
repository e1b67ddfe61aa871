"use server";

import { headers } from "next/headers";

import { clientIp } from "@/lib/auth/rate-limit";
import { AppError, toActionError, type TActionResult } from "@/lib/errors";
import { env } from "@/lib/env.js";
import { getTranslations } from "next-intl/server";
import { registerUser } from "@/lib/services/users";
import { fieldErrorsOf, ZRegisterInput } from "@/lib/validation/auth";

/**
 * Creates an account. Field errors come back translated ({ email: ["该邮箱已注册…"] });
 * the client then signs in with the same credentials.
 */
export async function registerAction(input: unknown): Promise<TActionResult> {
  const t = await getTranslations();
  try {
    if (!env.ALLOW_REGISTRATION) throw new AppError("REGISTRATION_CLOSED");
    const parsed = ZRegisterInput.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(
        Object.entries(fieldErrorsOf(parsed.error)).map(([field, keys]) => [field, keys.map((key) => t(key))]),
      );
      return { ok: false, code: "VALIDATION", message: t("errors.VALIDATION"), fieldErrors };
    }
    const requestHeaders = await headers();
    await registerUser(parsed.data, { ip: clientIp((name) => requestHeaders.get(name)) });
    return { ok: true };
  } catch (error) {
    const result = toActionError(error, t);
    if (error instanceof AppError && error.messageKey === "errors.emailTaken") {
      return { ...result, fieldErrors: { email: [result.message] } };
    }
    return result;
  }
}
