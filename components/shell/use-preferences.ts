"use client";

import { useOptimistic, useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { setLocaleAction, setThemeAction } from "@/components/shell/actions";
import type { TLocale } from "@/lib/i18n/config";
import { THEMES, type TTheme } from "@/lib/theme";

/** Switches the language; the server action sets the cookie and Next re-renders in the new language. */
export function useSetLocale() {
  const [pending, startTransition] = useTransition();
  const setLocale = (locale: TLocale) =>
    startTransition(async () => {
      const result = await setLocaleAction(locale);
      if (!result.ok) toast.error(result.message);
    });
  return { setLocale, pending };
}

function applyTheme(theme: TTheme) {
  const root = document.documentElement;
  root.classList.remove(...THEMES);
  root.classList.add(theme);
}

/** The current theme (from the server) with an optimistic update while the cookie is saved. */
export function useTheme(serverTheme: TTheme) {
  const [theme, setOptimisticTheme] = useOptimistic(serverTheme);
  const [pending, startTransition] = useTransition();
  const setTheme = (next: TTheme) =>
    startTransition(async () => {
      setOptimisticTheme(next);
      applyTheme(next);
      const result = await setThemeAction(next);
      if (!result.ok) {
        applyTheme(serverTheme);
        toast.error(result.message);
      }
    });
  return { theme, setTheme, pending };
}
