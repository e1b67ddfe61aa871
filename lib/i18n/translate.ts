// translate(locale, key, params) for code that knows its locale (server actions, route
// handlers, emails). Server components use getT() from ./server; client components useT().
import { DEFAULT_LOCALE, type TLocale } from "./config";
import { en } from "./en";
import { lookup, missingKey } from "./format";
import type { TMessages, TParams, TTranslate } from "./types";
import { zh } from "./zh";

const DICTIONARIES: Record<TLocale, TMessages> = { zh, en };

export function getMessages(locale: TLocale): TMessages {
  return DICTIONARIES[locale];
}

/** The message in `locale`, else in the default locale, else the key itself. */
export function translate(locale: TLocale, key: string, params?: TParams): string {
  return (
    lookup(DICTIONARIES[locale], key, params) ??
    lookup(DICTIONARIES[DEFAULT_LOCALE], key, params) ??
    missingKey(key)
  );
}

/** A t() bound to one locale. */
export function createT(locale: TLocale): TTranslate {
  return (key, params) => translate(locale, key, params);
}
