import { FileQuestion } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("shell.notFoundTitle") };
}

export default async function NotFound() {
  const t = await getT();
  return (
    <StatusPage icon={FileQuestion} title={t("shell.notFoundTitle")} body={t("shell.notFoundBody")}>
      <Button asChild>
        <Link href="/dashboard">{t("common.backHome")}</Link>
      </Button>
    </StatusPage>
  );
}
