"use client";

// The client side of <I18nScope>: a NextIntlClientProvider whose messages are the scope's laid
// over those of the scope above it, so a page carries one language and only the messages its
// client components use. The outermost one (the root layout's) also sets the locale, the
// account's time zone, the request's "now" and the named formats; the inner ones inherit them.
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import type { ReactNode } from "react";
import { useMemo } from "react";

import type { TLocale } from "./config";
import { FORMATS, getMessageFallback, onError } from "./formats";
import { mergeMessages } from "./pick";
import type { TMessageTree } from "./types";

type TRootProps = { locale: TLocale; timeZone: string; now: Date; messages: TMessageTree; children: ReactNode };

export function IntlRoot({ locale, timeZone, now, messages, children }: TRootProps) {
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone={timeZone}
      now={now}
      formats={FORMATS}
      messages={messages}
      onError={onError}
      getMessageFallback={getMessageFallback}
    >
      {children}
    </NextIntlClientProvider>
  );
}

export function IntlScope({ messages, children }: { messages: TMessageTree; children: ReactNode }) {
  const locale = useLocale();
  const outer = useMessages() as TMessageTree;
  const merged = useMemo(() => mergeMessages(outer, messages), [outer, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
