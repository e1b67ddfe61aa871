"use client";

import { LOCALE_OPTIONS } from "@/components/shell/preference-options";
import { useSetLocale } from "@/components/shell/use-preferences";
import { RadioCards } from "@/components/ui/radio-cards";
import { useLocale } from "next-intl";

export function LanguageChoice({ labelledBy }: { labelledBy: string }) {
  const locale = useLocale();
  const { setLocale, pending } = useSetLocale();
  return (
    <RadioCards
      aria-labelledby={labelledBy}
      value={locale}
      options={LOCALE_OPTIONS}
      disabled={pending}
      onValueChange={(value) => value !== locale && setLocale(value)}
    />
  );
}
