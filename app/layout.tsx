import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { Toaster } from "@/components/ui/toaster";
import { TooltipProvider } from "@/components/ui/tooltip";
import { I18nProvider } from "@/lib/i18n/client";
import { HTML_LANG } from "@/lib/i18n/config";
import { getLocale, getT } from "@/lib/i18n/server";
import { getMessages } from "@/lib/i18n/translate";
import { getTheme } from "@/lib/preferences";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
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
        <I18nProvider locale={locale} messages={getMessages(locale)}>
          <TooltipProvider>{children}</TooltipProvider>
          <Toaster theme={theme} position="top-center" />
        </I18nProvider>
      </body>
    </html>
  );
}
