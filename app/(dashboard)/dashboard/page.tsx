import { FileUp, LayoutDashboard, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("dashboard.title") };
}

export default async function DashboardPage() {
  const [user, t] = await Promise.all([requireUser(), getT()]);
  return (
    <>
      <PageHeader title={t("dashboard.title")} description={t("dashboard.greeting", { name: user.name })} />
      <EmptyState
        icon={LayoutDashboard}
        title={t("dashboard.emptyTitle")}
        description={t("dashboard.emptyBody")}
        actions={
          <>
            <Button asChild>
              <Link href="/import">
                <FileUp aria-hidden="true" />
                {t("dashboard.importNotes")}
              </Link>
            </Button>
            <Button variant="outline" asChild>
              <Link href="/companies">
                <Plus aria-hidden="true" />
                {t("dashboard.addCompany")}
              </Link>
            </Button>
          </>
        }
      />
    </>
  );
}
