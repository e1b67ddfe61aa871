"use client";

import { THEME_OPTIONS } from "@/components/shell/preference-options";
import { useTheme } from "@/components/shell/use-preferences";
import { RadioCards } from "@/components/ui/radio-cards";
import { useTranslations } from "next-intl";
import type { TTheme } from "@/lib/theme";

export function ThemeChoice({ labelledBy, theme: serverTheme }: { labelledBy: string; theme: TTheme }) {
  const t = useTranslations();
  const { theme, setTheme } = useTheme(serverTheme);
  const options = THEME_OPTIONS.map(({ value, labelKey, icon: Icon }) => ({
    value,
    label: t(labelKey),
    icon: <Icon aria-hidden="true" />,
  }));
  return <RadioCards aria-labelledby={labelledBy} value={theme} options={options} onValueChange={setTheme} />;
}
