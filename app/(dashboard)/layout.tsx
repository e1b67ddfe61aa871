import type { ReactNode } from "react";

import { AppSidebar } from "@/components/shell/app-sidebar";
import { TopBar } from "@/components/shell/top-bar";
import { requireUser } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { getTheme } from "@/lib/preferences";

/** The signed-in shell: sidebar (desktop) or drawer (phones), top bar with the user menu. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [t, theme] = await Promise.all([getT(), getTheme()]);
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t("shell.skipToContent")}
      </a>
      <AppSidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar user={{ name: user.name, email: user.email }} theme={theme} />
        <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8 lg:py-8">
          <div className="mx-auto w-full max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
