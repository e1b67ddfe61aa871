import type { Metadata } from "next";
import Link from "next/link";

import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { env } from "@/lib/env.js";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "../_components/auth-card";
import { firstParam, type TSearchParams } from "../_components/search-params";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.loginTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  const t = await getTranslations();
  const footer = env.ALLOW_REGISTRATION ? (
    <p>
      {t("auth.noAccount")}{" "}
      <Link href="/register" className="font-medium text-primary underline-offset-4 hover:underline">
        {t("auth.goRegister")}
      </Link>
    </p>
  ) : null;
  return (
    <AuthCard title={t("auth.loginTitle")} subtitle={t("auth.loginSubtitle")} footer={footer}>
      <LoginForm callbackUrl={safeCallbackUrl(firstParam(params.callbackUrl))} expired={params.expired !== undefined} error={firstParam(params.error)} />
    </AuthCard>
  );
}
