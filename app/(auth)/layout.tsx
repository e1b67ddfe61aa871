import type { ReactNode } from "react";

import { LocaleToggle } from "@/components/shell/locale-toggle";
import { LogoLink } from "@/components/shell/logo";
import { I18nScope } from "@/lib/i18n/scope";
import { getTranslations } from "next-intl/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex items-center justify-between px-4 py-3 sm:px-6">
        <LogoLink href="/login" />
        <LocaleToggle />
      </header>
      <main className="flex flex-1 flex-col items-center px-4 pt-6 pb-16 sm:justify-center sm:pt-0">
        <div className="w-full max-w-sm">
          <I18nScope messages={["auth", "validation"]}>{children}</I18nScope>
        </div>
        <p className="mt-8 text-center text-xs text-muted-foreground">{t("common.tagline")}</p>
      </main>
    </div>
  );
}
