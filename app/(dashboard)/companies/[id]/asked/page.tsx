import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { BackLink, PageHeader } from "@/components/shell/page-header";
import { stageLabel } from "@/lib/applications/stages";
import { requireUser } from "@/lib/auth";
import { readSets } from "@/lib/cache/page-reads";
import { localDayOf } from "@/lib/dates/zone";
import { isPastAskedStep } from "@/lib/encounters/plan";
import { readOr404 } from "@/lib/read-or-404";
import { listAskedSteps } from "@/lib/services/encounters";
import { getPrepCompany } from "@/lib/services/prep";

import { AskedForm } from "../_components/asked/asked-form";
import { CompanyAsked } from "../_components/asked/company-asked";

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ event?: string | string[] }> };

const loadCompany = readOr404(getPrepCompany);

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  const [t, company] = await Promise.all([getTranslations("encounters"), loadCompany(user.id, (await params).id)]);
  return { title: `${company.name} · ${t("logTitle")}` };
}

/** 记录被问到的题 for one company: reached from a past step on its timeline, the company page and the dashboard. */
export default async function AskedPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  const { id } = await params;
  const event = (await searchParams).event;
  // The steps are read by user and company id alike, so they need not wait for the company (its 404 decides).
  const [t, locale, company, steps, sets] = await Promise.all([getTranslations("encounters"), getLocale(), loadCompany(user.id, id), listAskedSteps(user.id, id), readSets(user)]);
  const chosen = steps.find((step) => step.id === event) ?? null;
  const now = new Date();
  // The step asked for; else the latest that has happened; else the first listed.
  const initial = chosen ?? steps.find((step) => isPastAskedStep(step, now)) ?? steps[0] ?? null;

  return (
    <div className="space-y-6">
      <BackLink href={`/companies/${company.id}`}>{company.name}</BackLink>
      <PageHeader title={`${company.name} · ${t("logTitle")}`} description={t("logDescription")} />
      <AskedForm
        companyId={company.id}
        steps={steps.map((step) => ({ id: step.id, name: stageLabel(step.stage, locale), label: step.label.trim(), at: step.scheduledAt ?? step.happenedAt }))}
        initialStepId={initial?.id ?? null}
        sets={sets.map((set) => ({ id: set.id, title: set.title }))}
        today={localDayOf(now, user.timeZone)}
      />
      <CompanyAsked userId={user.id} companyId={company.id} companyName={company.name} logLink={false} />
    </div>
  );
}
