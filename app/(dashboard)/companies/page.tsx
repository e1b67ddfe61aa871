import { Building2, FileUp } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readCompanyTable } from "@/lib/cache/page-reads";
import { companiesHref, lastPageOf } from "@/lib/companies/table-url";
import { ZCompanyTableQuery } from "@/lib/validation/companies";

import { AddCompanyDialog } from "./_components/add-company-dialog";
import { CompaniesView } from "./_components/companies-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("companies.title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompaniesPage({ searchParams }: TProps) {
  const user = await requireUser();
  const query = ZCompanyTableQuery.parse(await searchParams);
  const [t, page] = await Promise.all([getTranslations(), readCompanyTable(user, query)]);
  // A page past the end (`?page=999`, or the last page after rows were archived) is the last one.
  const lastPage = lastPageOf(page.total, query.size);
  if (query.page > lastPage) redirect(companiesHref({ ...query, page: lastPage }));
  const filtered = query.q !== "" || query.tier.length + query.stage.length + query.outcome.length > 0 || query.week;
  const hasAny = filtered || query.archived || page.total > 0 || page.archivedCount > 0;

  return (
    <>
      <PageHeader
        title={t("companies.title")}
        description={t("companies.description")}
        actions={<AddCompanyDialog />}
      />
      {hasAny ? (
        <CompaniesView query={query} page={page} now={new Date().toISOString()} />
      ) : (
        <EmptyState
          icon={Building2}
          title={t("companies.emptyTitle")}
          description={t("companies.emptyBody")}
          actions={
            <>
              <AddCompanyDialog />
              <LinkButton href="/import" icon={FileUp} variant="outline">{t("companies.importNotes")}</LinkButton>
            </>
          }
        />
      )}
    </>
  );
}
