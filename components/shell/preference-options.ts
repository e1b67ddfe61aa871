import { Monitor, Moon, Sun, type LucideIcon } from "lucide-react";

import { LOCALES, LOCALE_NAMES, type TLocale } from "@/lib/i18n/config";
import type { TMessageKey } from "@/lib/i18n/types";
import type { TTheme } from "@/lib/theme";

export const THEME_OPTIONS: readonly { value: TTheme; labelKey: TMessageKey; icon: LucideIcon }[] = [
  { value: "light", labelKey: "theme.light", icon: Sun },
  { value: "dark", labelKey: "theme.dark", icon: Moon },
  { value: "system", labelKey: "theme.system", icon: Monitor },
];

/** Language names are shown in their own language, with a matching lang attribute. */
export const LOCALE_OPTIONS: readonly { value: TLocale; label: string; lang: string }[] = LOCALES.map((value) => ({
  value,
  label: LOCALE_NAMES[value],
  lang: value === "zh" ? "zh-CN" : "en",
}));
