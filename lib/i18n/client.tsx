"use client";

// Client-side i18n: each <I18nScope> (scope.tsx) hands its messages to an <I18nProvider>, which
// lays them over the provider above it, so a page carries one language and only the messages
// its client components use. Client components call useT() and useLocale().
import { createContext, useContext, useMemo, type ReactNode } from "react";

import type { TLocale } from "./config";
import { lookup, missingKey } from "./format";
import { mergeMessages } from "./pick";
import type { TMessageTree, TTranslate } from "./types";

type TI18nContext = { locale: TLocale; messages: TMessageTree };

const I18nContext = createContext<TI18nContext | null>(null);

export function I18nProvider({ locale, messages, children }: TI18nContext & { children: ReactNode }) {
  const outer = useContext(I18nContext);
  const value = useMemo(
    () => ({ locale, messages: outer ? mergeMessages(outer.messages, messages) : messages }),
    [outer, locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): TI18nContext {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT() and useLocale() need an <I18nScope> above them (app/layout.tsx).");
  return context;
}

export function useLocale(): TLocale {
  return useI18n().locale;
}

/**
 * t() for client components: `const t = useT(); t("auth.signIn")`. A key outside the page's
 * scope shows as the key and logs an error naming it (add its group to the route's layout).
 */
export function useT(): TTranslate {
  const { messages } = useI18n();
  return useMemo<TTranslate>(() => (key, params) => lookup(messages, key, params) ?? missingKey(key), [messages]);
}
