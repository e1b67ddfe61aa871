"use client";

import { LogOut, Settings } from "lucide-react";
import Link from "next/link";

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { hasLocale, useLocale, useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n/config";
import { isTheme, type TTheme } from "@/lib/theme";

import { LOCALE_OPTIONS, THEME_OPTIONS } from "./preference-options";
import { useSignOut } from "./sign-out";
import { useSetLocale, useTheme } from "./use-preferences";

type TUserMenuProps = { name: string; email: string; theme: TTheme };

const groupLabel = "px-2 pt-2 pb-1 text-xs font-normal text-muted-foreground";

/** Name and email, language, theme, settings and sign out. */
export function UserMenu({ name, email, theme: serverTheme }: TUserMenuProps) {
  const t = useTranslations();
  const locale = useLocale();
  const { setLocale } = useSetLocale();
  const { theme, setTheme } = useTheme(serverTheme);
  const signOut = useSignOut();
  const initial = name.trim().charAt(0).toUpperCase() || "?";
  return (
    <DropdownMenu>
      <DropdownMenuTrigger aria-label={t("shell.userMenu")} className="sh-user">
        <span aria-hidden="true">{initial}</span>
        <span>{name}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="grid gap-0.5">
          <span className="truncate">{name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className={groupLabel}>{t("shell.language")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={locale} onValueChange={(value) => hasLocale(LOCALES, value) && value !== locale && setLocale(value)}>
          {LOCALE_OPTIONS.map((option) => (
            <DropdownMenuRadioItem key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuLabel className={groupLabel}>{t("shell.theme")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={theme} onValueChange={(value) => isTheme(value) && setTheme(value)}>
          {THEME_OPTIONS.map(({ value, labelKey, icon: Icon }) => (
            <DropdownMenuRadioItem key={value} value={value}>
              <Icon aria-hidden="true" />
              {t(labelKey)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings">
            <Settings aria-hidden="true" />
            {t("nav.settings")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut()}>
          <LogOut aria-hidden="true" />
          {t("shell.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
