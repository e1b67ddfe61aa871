// next-intl's request config (next.config.js points here): the locale from the ob-locale cookie
// (set from the account's setting at sign-in and by the language switch), the account's time
// zone, so the server and the browser format a date alike, and the whole dictionary, of which
// <I18nScope> hands client components only their page's share.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { getCurrentUser } from "@/lib/auth";
import { DEFAULT_TIME_ZONE } from "@/lib/dates/zone";

import { LOCALE_COOKIE, localeOf } from "./config";
import { getDictionary } from "./dictionaries";
import { FORMATS, getMessageFallback, onError } from "./formats";

export default getRequestConfig(async () => {
  // The root layout reads this config, so a database that is down or frozen must not fail it: the
  // page's own read then fails inside the layout, and its error page shows in the cookie's
  // language and the default zone.
  const [jar, user] = await Promise.all([cookies(), getCurrentUser().catch(() => null)]);
  const value = jar.get(LOCALE_COOKIE)?.value;
  const locale = localeOf(value);
  return {
    locale,
    messages: getDictionary(locale),
    timeZone: user?.timeZone ?? DEFAULT_TIME_ZONE,
    now: new Date(),
    formats: FORMATS,
    onError,
    getMessageFallback,
  };
});
