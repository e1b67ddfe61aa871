import type { Metadata } from "next";

import { PrepChecklist } from "../_components/prep/prep-checklist";
import { BackLink, PageHeader } from "@/components/shell/page-header";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readOr404 } from "@/lib/read-or-404";
import { getPrepCompany } from "@/lib/services/prep";
import { reviewParametersOf } from "@/lib/validation/review";

type TProps = { params: Promise<{ id: string }> };

const loadCompany = readOr404(getPrepCompany);

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  const [t, company] = await Promise.all([getTranslations(), loadCompany(user.id, (await params).id)]);
  return { title: `${company.name} · ${t("prep.title")}` };
}

export default async function CompanyPrepPage({ params }: TProps) {
  const user = await requireUser();
  const { id } = await params;
  const [t, company] = await Promise.all([getTranslations(), loadCompany(user.id, id)]);
  return (
    <>
      <BackLink href={`/companies/${company.id}`} className="mb-3">{t("prep.backToCompany")}</BackLink>
      <PageHeader title={`${company.name} · ${t("prep.title")}`} description={t("prep.description")} />
      <PrepChecklist companyId={company.id} userId={user.id} review={reviewParametersOf(user.preferences)} />
    </>
  );
}
