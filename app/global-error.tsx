"use client";

import { TriangleAlert } from "lucide-react";

import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

import "./globals.css";

type TGlobalErrorProps = { error: unknown; retry: () => void };

// Replaces the root layout when it fails, so there is no i18n provider here: the message is
// in both languages, and no error details are shown.
export default function GlobalError({ error, retry }: TGlobalErrorProps) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="zh-CN" className="system">
      <body>
        <StatusPage
          icon={TriangleAlert}
          title="出了点问题 · Something went wrong"
          body={
            <>
              <p>页面没能加载出来，请重试。</p>
              <p lang="en">This page could not be loaded. Please try again.</p>
              {digest ? <p className="mt-2 font-mono text-xs">ID: {digest}</p> : null}
            </>
          }
        >
          <Button onClick={() => retry()}>重试 · Try again</Button>
          {/* A full reload, not a client navigation: the root layout itself failed. */}
          <Button variant="outline" asChild>
            <a href="/dashboard">返回首页 · Home</a>
          </Button>
        </StatusPage>
      </body>
    </html>
  );
}
