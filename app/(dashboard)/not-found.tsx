import { FileQuestion } from "lucide-react";
import Link from "next/link";

import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

/** notFound() from a signed-in page (e.g. another user's company): shown inside the shell. */
export default async function DashboardNotFound() {
  const t = await getT();
  return (
    <StatusPage icon={FileQuestion} title={t("shell.notFoundTitle")} body={t("shell.notFoundBody")} fullScreen={false}>
      <Button asChild>
        <Link href="/dashboard">{t("common.backHome")}</Link>
      </Button>
    </StatusPage>
  );
}
