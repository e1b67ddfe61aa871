"use client";

import { Languages } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useLocale } from "next-intl";
import { LOCALE_NAMES, type TLocale } from "@/lib/i18n/config";

import { useSetLocale } from "./use-preferences";

/** One button that switches to the other language; its name is that language's own name. */
export function LocaleToggle({ className }: { className?: string }) {
  const locale = useLocale();
  const next: TLocale = locale === "zh" ? "en" : "zh";
  const { setLocale, pending } = useSetLocale();
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      onClick={() => setLocale(next)}
      disabled={pending}
      lang={next === "zh" ? "zh-CN" : "en"}
    >
      {pending ? <Spinner /> : <Languages aria-hidden="true" />}
      {LOCALE_NAMES[next]}
    </Button>
  );
}
