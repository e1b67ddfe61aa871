// Both dictionaries, for the request config and for code that knows its locale without a
// request (the command-line scripts). Client code never imports this: it gets its page's share
// of one dictionary from <I18nScope>.
//
// In the Next.js bundles, next.config.js gives use-intl its format-only formatter, which reads
// messages compiled ahead (icu-minify) instead of parsing each ICU message with its values on
// every call: there the dictionaries are compiled once per locale. Elsewhere (scripts, unit
// tests) use-intl keeps its parsing formatter and the messages stay ICU text.
import compile from "icu-minify/compile";
import { createTranslator } from "next-intl";
import formatMessage from "use-intl/format-message";

import { DEFAULT_TIME_ZONE } from "@/lib/dates/zone";

import type { TLocale } from "./config";
import { en } from "./en";
import { FORMATS, getMessageFallback, onError } from "./formats";
import type { TMessage, TMessages, TMessageTree, TTranslate } from "./types";
import { zh } from "./zh";

const SOURCES: Record<TLocale, TMessages> = { zh, en };
const compiled = new Map<TLocale, TMessages>();

/** A message compiled, in plain objects (icu-minify's have no prototype, which React cannot hand to client components). */
const compileMessage = (message: string): TMessage => JSON.parse(JSON.stringify(compile(message))) as TMessage;

function compileTree(tree: TMessageTree): TMessageTree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? compileMessage(value) : compileTree(value as TMessageTree)]));
}

/** The locale's dictionary as the formatter in use reads it (see above). */
export function getDictionary(locale: TLocale): TMessages {
  if (formatMessage.raw) return SOURCES[locale];
  let messages = compiled.get(locale);
  if (!messages) {
    // Compiled messages keep the dictionary's keys; only the texts change form.
    messages = compileTree(SOURCES[locale]) as unknown as TMessages;
    compiled.set(locale, messages);
  }
  return messages;
}

/** t() for one locale outside a request: `translatorFor("en")("nav.companies")`. */
export function translatorFor(locale: TLocale, timeZone = DEFAULT_TIME_ZONE): TTranslate {
  return createTranslator({ locale, messages: getDictionary(locale), formats: FORMATS, timeZone, onError, getMessageFallback });
}
