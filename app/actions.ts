"use server";

// Preference actions shared by the user menu, the settings page and the auth pages.
// Setting a cookie here makes Next re-render the current page with the new value.
import { cookies } from "next/headers";

import { getCurrentUser } from "@/lib/auth";
import { AppError, toActionError, type TActionResult } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { getTranslations } from "next-intl/server";
import { PREFERENCE_COOKIE_OPTIONS } from "@/lib/preferences";
import { setUserLocale } from "@/lib/services/users";
import { THEME_COOKIE } from "@/lib/theme";
import { ZLocale, ZTheme } from "@/lib/validation/preferences";

/** Saves the language in a cookie (signed out or in) and, when signed in, on the account. */
export async function setLocaleAction(input: unknown): Promise<TActionResult> {
  try {
    const parsed = ZLocale.safeParse(input);
    if (!parsed.success) throw new AppError("VALIDATION");
    (await cookies()).set(LOCALE_COOKIE, parsed.data, PREFERENCE_COOKIE_OPTIONS);
    const user = await getCurrentUser();
    if (user) await setUserLocale(user.id, parsed.data);
    return { ok: true };
  } catch (error) {
    return toActionError(error, await getTranslations());
  }
}

/** Saves the theme (light, dark or system) in a cookie; the root layout renders it on <html>. */
export async function setThemeAction(input: unknown): Promise<TActionResult> {
  try {
    const parsed = ZTheme.safeParse(input);
    if (!parsed.success) throw new AppError("VALIDATION");
    (await cookies()).set(THEME_COOKIE, parsed.data, PREFERENCE_COOKIE_OPTIONS);
    return { ok: true };
  } catch (error) {
    return toActionError(error, await getTranslations());
  }
}
