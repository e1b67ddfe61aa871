"use client";

import type { ReactNode } from "react";

import { useTranslations } from "next-intl";
import type { TTheme } from "@/lib/theme";

import { AppSidebar } from "./app-sidebar";
import { OverdueCount } from "./nav-links";
import { TopBar } from "./top-bar";

import "./shell.css";

type TAppShellProps = { user: { name: string; email: string }; theme: TTheme; overdue: number; children: ReactNode };

/**
 * The signed-in shell: skip link, sidebar (desktop) or drawer (phones), top bar with search and
 * the user menu, and the page. A client component, so each response carries its small props
 * rather than the shell's markup twice (HTML and the server-component payload).
 */
export function AppShell({ user, theme, overdue, children }: TAppShellProps) {
  const t = useTranslations();
  return (
    <OverdueCount count={overdue}>
    <div className="sh">
      <a href="#main" className="sh-skip">
        {t("shell.skipToContent")}
      </a>
      <AppSidebar />
      <div className="sh-body">
        <TopBar user={user} theme={theme} />
        <main id="main" tabIndex={-1} className="sh-main">
          <div className="sh-page">{children}</div>
        </main>
      </div>
    </div>
    </OverdueCount>
  );
}
