"use client";

import { FileQuestion } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

import { StatusPage } from "./status-page";

/**
 * What not-found.tsx files render. Each layout with a not-found.tsx sends that page along with
 * every response, ready for notFound(); as a client component it travels as a reference.
 */
export function NotFoundView({ fullScreen }: { fullScreen?: boolean }) {
  const t = useTranslations();
  return (
    <StatusPage icon={FileQuestion} title={t("shell.notFoundTitle")} body={t("shell.notFoundBody")} fullScreen={fullScreen}>
      <Button asChild>
        <Link href="/dashboard">{t("common.backHome")}</Link>
      </Button>
    </StatusPage>
  );
}
