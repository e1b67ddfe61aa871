import type { zh } from "./zh";

/** The shape every dictionary has: zh's, with each text widened to string. */
export type TMessages = typeof zh;

/** Any part of a dictionary: what a page's provider holds (see scope.ts). */
export type TMessageTree = { readonly [key: string]: string | TMessageTree };

type TLeafKeys<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : TLeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

type TPaths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : `${P}${K}` | TPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every dotted key, e.g. "nav.companies" or "errors.NOT_FOUND". */
export type TMessageKey = TLeafKeys<TMessages>;

/** A key or a group of keys: an area ("board"), a nested group ("companies.form") or one key. */
export type TMessagePath = TPaths<TMessages>;

/** Values for `{name}` placeholders in a message. */
export type TParams = Record<string, string | number>;

/** A literal key must exist; a key only known at run time (e.g. AppError.messageKey) is allowed. */
type TKeyArg<K extends string> = string extends K ? K : K extends TMessageKey ? K : TMessageKey;

/** t("nav.companies"), t("dashboard.greeting", { name }), t(error.messageKey). */
export type TTranslate = <K extends string>(key: TKeyArg<K>, params?: TParams) => string;

/** One area of the dictionary, for typing the English files against the Chinese ones. */
export type TArea<A extends keyof TMessages> = TMessages[A];
