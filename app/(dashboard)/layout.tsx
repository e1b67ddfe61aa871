import type { ReactNode } from "react";

import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth";
import { readOverdueCount } from "@/lib/cache/page-reads";
import { I18nScope } from "@/lib/i18n/scope";
import { getTheme } from "@/lib/preferences";

/** The signed-in shell (components/shell) around every page of the group. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [user, theme] = await Promise.all([requireUser(), getTheme()]);
  const overdue = await readOverdueCount(user);
  return (
    <I18nScope messages={["nav", "theme", "questions.search", "questions.searchPlaceholder"]}>
      <AppShell user={{ name: user.name, email: user.email }} theme={theme} overdue={overdue}>
        {children}
      </AppShell>
    </I18nScope>
  );
}
