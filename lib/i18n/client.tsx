"use client";

// Client-side i18n: the root layout hands the request's dictionary to <I18nProvider>, so a
// client bundle carries one language. Client components call useT() and useLocale().
import { createContext, useContext, useMemo, type ReactNode } from "react";

import type { TLocale } from "./config";
import { lookup, missingKey } from "./format";
import type { TMessages, TTranslate } from "./types";

type TI18nContext = { locale: TLocale; messages: TMessages };

const I18nContext = createContext<TI18nContext | null>(null);

export function I18nProvider({ locale, messages, children }: TI18nContext & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): TI18nContext {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT() and useLocale() need an <I18nProvider> above them (app/layout.tsx).");
  return context;
}

export function useLocale(): TLocale {
  return useI18n().locale;
}

/** t() for client components: `const t = useT(); t("auth.signIn")`. */
export function useT(): TTranslate {
  const { messages } = useI18n();
  return useMemo<TTranslate>(() => (key, params) => lookup(messages, key, params) ?? missingKey(key), [messages]);
}
