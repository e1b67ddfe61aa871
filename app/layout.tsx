import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { Toaster } from "@/components/ui/toaster";
import { HTML_LANG } from "@/lib/i18n/config";
import { I18nScope } from "@/lib/i18n/scope";
import { getLocale, getTranslations } from "next-intl/server";
import { getTheme } from "@/lib/preferences";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: "Offerboard", template: "%s · Offerboard" },
    description: t("common.tagline"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14151c" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme] = await Promise.all([getLocale(), getTheme()]);
  return (
    // The theme class comes from the ob-theme cookie, so the first paint is already right.
    <html lang={HTML_LANG[locale]} className={theme}>
      <body className="min-h-dvh">
        {/* Messages every page's client components may show (the shell, error.tsx and
            not-found views); route layouts add their own in nested scopes. */}
        <I18nScope root messages={["common", "shell"]}>
          {children}
          <Toaster theme={theme} position="top-center" />
        </I18nScope>
      </body>
    </html>
  );
}
