"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";

import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

import { StatusPage } from "./status-page";

type TErrorViewProps = { error: unknown; retry: () => void; fullScreen?: boolean };

/** What error.tsx files render: a friendly message, the digest to quote, retry and home. */
export function ErrorView({ error, retry, fullScreen }: TErrorViewProps) {
  const t = useTranslations();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage
      icon={TriangleAlert}
      fullScreen={fullScreen}
      title={t("shell.errorTitle")}
      body={
        <>
          <p>{t("shell.errorBody")}</p>
          {digest ? <p className="mt-2 font-mono text-xs">{t("shell.errorId", { id: digest })}</p> : null}
        </>
      }
    >
      <Button onClick={() => retry()}>{t("common.retry")}</Button>
      <Button variant="outline" asChild>
        <Link href="/dashboard">{t("common.backHome")}</Link>
      </Button>
    </StatusPage>
  );
}
