import type { createTranslator, MessageKeys, NestedKeyOf } from "next-intl";

import type { zh } from "./zh";

/** The shape every dictionary has: zh's, with each text widened to string. */
export type TMessages = typeof zh;

/** A message as the formatter reads it: ICU text, or compiled ahead (lib/i18n/dictionaries.ts). */
export type TMessage = string | readonly unknown[];

/** Any part of a dictionary: what a page's provider holds (see scope.tsx). */
export type TMessageTree = { readonly [key: string]: TMessage | TMessageTree };

/** Every dotted key, e.g. "nav.companies" or "errors.NOT_FOUND". */
export type TMessageKey = MessageKeys<TMessages, NestedKeyOf<TMessages>>;

type TPaths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : `${P}${K}` | TPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key or a group of keys: an area ("board"), a nested group ("companies.form") or one key. */
export type TMessagePath = TPaths<TMessages>;

/** What getTranslations(), useTranslations() and translatorFor() return: t("nav.companies"). */
export type TTranslate = ReturnType<typeof createTranslator<TMessages>>;

/** One area of the dictionary, for typing the English files against the Chinese ones. */
export type TArea<A extends keyof TMessages> = TMessages[A];
