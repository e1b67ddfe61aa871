// Locales and the cookie that carries the choice. Safe to import from server and client code.
export const LOCALES = ["zh", "en"] as const;
export type TLocale = (typeof LOCALES)[number];

const DEFAULT_LOCALE: TLocale = "zh";

/** A stored or sent language as one the app speaks: the default for anything else. */
export const localeOf = (value: string | undefined): TLocale => ((LOCALES as readonly string[]).includes(value ?? "") ? (value as TLocale) : DEFAULT_LOCALE);
export const LOCALE_COOKIE = "ob-locale";

/** The `<html lang>` value for each locale. */
export const HTML_LANG: Record<TLocale, string> = { zh: "zh-CN", en: "en" };

/** Each language's name written in that language, so a reader can always find their own. */
export const LOCALE_NAMES: Record<TLocale, string> = { zh: "中文", en: "English" };
