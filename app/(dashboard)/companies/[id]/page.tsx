import { ExternalLink, ListChecks } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { Markdown } from "@/components/markdown/markdown";
import { BackLink } from "@/components/shell/page-header";
import { PrepChecklist } from "./_components/prep/prep-checklist";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readOr404 } from "@/lib/read-or-404";
import { getCompanyDetail } from "@/lib/services/companies";
import { calendarSettingsOf } from "@/lib/validation/calendar";
import { reviewParametersOf } from "@/lib/validation/review";

import { TierBadge } from "@/components/companies/labels";
import { ApplicationCard } from "./_components/application-card";
import { CompanyAsked } from "./_components/asked/company-asked";
import { CompanyClashes } from "./_components/company-clashes";
import { CompanySection } from "./_components/company-section";
import { EditCompanyDialog } from "./_components/edit-company-dialog";
import { NewApplicationDialog } from "./_components/new-application-dialog";

type TProps = { params: Promise<{ id: string }> };

// generateMetadata and the page of one request share this one read.
const loadCompany = readOr404(getCompanyDetail);

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  return { title: (await loadCompany(user.id, (await params).id)).name };
}

export default async function CompanyPage({ params }: TProps) {
  const user = await requireUser();
  const [t, company] = await Promise.all([getTranslations(), loadCompany(user.id, (await params).id)]);
  const rejected = company.applications.some((application) => application.outcome === "REJECTED");

  return (
    <div className="space-y-6">
      <BackLink href="/companies">{t("companies.detail.back")}</BackLink>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words">{company.name}</h1>
            <TierBadge tier={company.tier} className="h-6 px-2 text-sm" />
            {company.revival ? (
              <span className="rounded bg-violet-500/15 px-1.5 py-0.5 text-xs font-medium text-violet-700 dark:text-violet-300">
                {t("companies.detail.revivalBadge")}
              </span>
            ) : null}
            {company.archivedAt ? <span className="rounded bg-muted px-1.5 py-0.5 text-xs">{t("companies.archive")}</span> : null}
          </div>
          {company.aliases.length > 0 ? (
            <p className="text-sm text-muted-foreground">
              {t("companies.aliases")}：{company.aliases.join("、")}
            </p>
          ) : null}
          {company.website ? (
            <a href={company.website} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
              <ExternalLink aria-hidden="true" className="size-3.5" />
              {t("companies.detail.website")}
            </a>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <EditCompanyDialog company={company} />
          <Link href={`/companies/${company.id}/prep`} className="inline-flex h-8 items-center gap-1.5 rounded-md border px-3 text-sm font-medium shadow-xs hover:bg-accent">
            <ListChecks aria-hidden="true" className="size-4" />
            {t("companies.detail.prep")}
          </Link>
        </div>
      </header>

      <CompanyClashes userId={user.id} companyId={company.id} timeZone={user.timeZone} settings={calendarSettingsOf(user.preferences)} />

      <section aria-labelledby="company-notes" className="space-y-2">
        <h2 id="company-notes" className="text-sm font-medium text-muted-foreground">
          {t("companies.detail.notes")}
        </h2>
        {company.notes.trim() ? <Markdown source={company.notes} /> : <p className="text-sm text-muted-foreground">{t("companies.detail.noNotes")}</p>}
      </section>

      <CompanySection
        titleId="company-applications"
        title={t("companies.detail.applications")}
        actions={<NewApplicationDialog companyId={company.id} offerRevival={rejected && !company.revival} />}
      >
        {company.applications.length === 0 ? (
          <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">{t("companies.detail.noApplications")}</p>
        ) : (
          [...company.applications]
            .reverse()
            .map((application) => <ApplicationCard key={`${application.id}:${application.version}`} application={application} timeZone={user.timeZone} />)
        )}
      </CompanySection>

      <CompanyAsked userId={user.id} companyId={company.id} companyName={company.name} />

      <CompanySection titleId="company-prep" title={t("companies.detail.prep")}>
        <PrepChecklist companyId={company.id} userId={user.id} review={reviewParametersOf(user.preferences)} />
      </CompanySection>
    </div>
  );
}
