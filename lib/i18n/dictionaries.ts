// Both dictionaries, for the request config and for code that knows its locale without a
// request (the command-line scripts). Client code never imports this: it gets its page's share
// of one dictionary from <I18nScope>.
import { createTranslator } from "next-intl";

import { DEFAULT_TIME_ZONE } from "@/lib/dates/zone";

import type { TLocale } from "./config";
import { en } from "./en";
import { FORMATS, getMessageFallback, onError } from "./formats";
import type { TMessages, TTranslate } from "./types";
import { zh } from "./zh";

const DICTIONARIES: Record<TLocale, TMessages> = { zh, en };

export function getDictionary(locale: TLocale): TMessages {
  return DICTIONARIES[locale];
}

/** t() for one locale outside a request: `translatorFor("en")("nav.companies")`. */
export function translatorFor(locale: TLocale, timeZone = DEFAULT_TIME_ZONE): TTranslate {
  return createTranslator({ locale, messages: DICTIONARIES[locale], formats: FORMATS, timeZone, onError, getMessageFallback });
}
