import { getLocale, getMessages, getNow, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";

import { pickMessages } from "./pick";
import { IntlRoot, IntlScope } from "./provider";
import type { TMessagePath, TMessageTree } from "./types";

type TI18nScopeProps = { messages: readonly TMessagePath[]; root?: boolean; children: ReactNode };

/**
 * Gives the client components below it the named messages (areas, groups or keys) in the
 * request's language, on top of those of any scope above. Used by layouts:
 * `<I18nScope messages={["board", "companies.moves"]}>`; the root layout's is `root`.
 */
export async function I18nScope({ messages, root = false, children }: TI18nScopeProps) {
  const picked = pickMessages((await getMessages()) as TMessageTree, messages);
  if (!root) return <IntlScope messages={picked}>{children}</IntlScope>;
  const [locale, timeZone, now] = await Promise.all([getLocale(), getTimeZone(), getNow()]);
  return (
    <IntlRoot locale={locale} timeZone={timeZone} now={now} messages={picked}>
      {children}
    </IntlRoot>
  );
}
