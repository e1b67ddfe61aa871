// Server helpers for the preference cookies (ob-locale, ob-theme).
import { cookies } from "next/headers";
import { cache } from "react";

import { DEFAULT_THEME, isTheme, THEME_COOKIE, type TTheme } from "@/lib/theme";

/** Preferences are not secrets: readable by the client (global-error reads the locale), one year. */
export const PREFERENCE_COOKIE_OPTIONS = {
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  sameSite: "lax",
  httpOnly: false,
} as const;

/** The request's theme choice; cached per request. */
export const getTheme = cache(async (): Promise<TTheme> => {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(value) ? value : DEFAULT_THEME;
});
