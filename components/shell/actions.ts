"use server";

// Preference and sign-out actions shared by the user menu, the settings page and the auth pages, open to
// visitors (lib/actions/define-action). Setting a cookie here makes Next re-render the current
// page with the new value.
import { cookies } from "next/headers";

import { definePublicAction, ZNoInput } from "@/lib/actions/define-action";
import { endThisSession, getCurrentUser } from "@/lib/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { PREFERENCE_COOKIE_OPTIONS } from "@/lib/preferences";
import { setUserLocale } from "@/lib/services/users";
import { THEME_COOKIE } from "@/lib/theme";
import { ZLocale, ZTheme } from "@/lib/validation/preferences";

/** Saves the language in a cookie (signed out or in) and, when signed in, on the account. */
export const setLocaleAction = definePublicAction(ZLocale, async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, PREFERENCE_COOKIE_OPTIONS);
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, locale);
});

/** Saves the theme (light, dark or system) in a cookie; the root layout renders it on <html>. */
export const setThemeAction = definePublicAction(ZTheme, async (theme) => {
  (await cookies()).set(THEME_COOKIE, theme, PREFERENCE_COOKIE_OPTIONS);
});

/** Signs this device out (see endThisSession); the caller then opens /login. */
export const signOutAction = definePublicAction(ZNoInput, endThisSession);
