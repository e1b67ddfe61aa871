import { FileUp, LayoutDashboard, Plus } from "lucide-react";
import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { requireUser } from "@/lib/auth";
import { getLocale, getTranslations } from "next-intl/server";
import { readDashboard } from "@/lib/cache/page-reads";

import { DebriefPrompt } from "./_components/debrief-prompt";
import { FunnelChart } from "./_components/funnel-chart";
import { OverdueList } from "./_components/overdue-list";
import { PrepareNext } from "./_components/prepare-next";
import { SummaryCards } from "./_components/summary-cards";
import { TierFunnels } from "./_components/tier-funnels";
import { TierPortfolio } from "./_components/tier-portfolio";
import { UpcomingClashes } from "./_components/upcoming-clashes";
import { UpcomingList } from "./_components/upcoming-list";
import "./_components/dashboard.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("dashboard.title") };
}

export default async function DashboardPage() {
  const now = new Date();
  const user = await requireUser();
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale(), readDashboard(user)]);
  const header = <PageHeader title={t("dashboard.title")} description={t("dashboard.greeting", { name: user.name })} />;
  if (data.companies.total === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={LayoutDashboard}
          title={t("dashboard.emptyTitle")}
          description={t("dashboard.emptyBody")}
          actions={
            <>
              <LinkButton href="/import" icon={FileUp}>{t("dashboard.importNotes")}</LinkButton>
              <LinkButton href="/companies" icon={Plus} variant="outline">{t("dashboard.addCompany")}</LinkButton>
            </>
          }
        />
      </>
    );
  }
  return (
    <>
      {header}
      <div className="space-y-6">
        {data.overdue.count > 0 ? (
          <OverdueList events={data.overdue.events} count={data.overdue.count} timeZone={user.timeZone} locale={locale} />
        ) : null}
        <DebriefPrompt user={user} />
        <SummaryCards data={data} t={t} />
        <UpcomingClashes user={user} />
        <div className="grid gap-6 lg:grid-cols-2">
          <FunnelChart steps={data.funnel} locale={locale} t={t} />
          <UpcomingList events={data.upcoming} more={data.upcomingMore} now={now} timeZone={user.timeZone} locale={locale} t={t} />
        </div>
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <TierFunnels funnels={data.tierFunnels} locale={locale} t={t} />
          <TierPortfolio portfolio={data.portfolio} locale={locale} t={t} />
        </div>
        <PrepareNext user={user} />
      </div>
    </>
  );
}
