import type { Metadata } from "next";
import Link from "next/link";

import { env } from "@/lib/env.js";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "../_components/auth-card";
import { RegisterForm } from "./_components/register-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.registerTitle") };
}

export default async function RegisterPage() {
  const t = await getTranslations();
  const footer = (
    <p>
      {t("auth.haveAccount")}{" "}
      <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
        {t("auth.goLogin")}
      </Link>
    </p>
  );
  if (!env.ALLOW_REGISTRATION) {
    return (
      <AuthCard title={t("auth.registrationClosedTitle")} subtitle={t("auth.registrationClosed")} footer={footer}>
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("auth.registerTitle")} subtitle={t("auth.registerSubtitle")} footer={footer}>
      <RegisterForm />
    </AuthCard>
  );
}
