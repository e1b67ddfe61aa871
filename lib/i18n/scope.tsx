import type { ReactNode } from "react";

import { I18nProvider } from "./client";
import { pickMessages } from "./pick";
import { getLocale } from "./server";
import { getMessages } from "./translate";
import type { TMessagePath } from "./types";

type TI18nScopeProps = { messages: readonly TMessagePath[]; children: ReactNode };

/**
 * Gives the client components below it the named messages (areas, groups or keys) in the
 * request's language, on top of those of any scope above. Used by layouts:
 * `<I18nScope messages={["board", "companies.moves"]}>`.
 */
export async function I18nScope({ messages, children }: TI18nScopeProps) {
  const locale = await getLocale();
  return (
    <I18nProvider locale={locale} messages={pickMessages(getMessages(locale), messages)}>
      {children}
    </I18nProvider>
  );
}
