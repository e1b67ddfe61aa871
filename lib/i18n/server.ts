// Server-side i18n: the locale comes from the ob-locale cookie (default zh).
import { cookies } from "next/headers";
import { cache } from "react";

import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type TLocale } from "./config";
import { createT } from "./translate";
import type { TTranslate } from "./types";

/** The request's locale; cached per request. */
export const getLocale = cache(async (): Promise<TLocale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

/** t() for the request's locale: `const t = await getT(); t("nav.companies")`. */
export async function getT(): Promise<TTranslate> {
  return createT(await getLocale());
}
