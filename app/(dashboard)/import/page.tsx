import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/shell/page-header";
import { requireUser } from "@/lib/auth";
import { yearIn } from "@/lib/dates/zone";

import { ExportCard } from "./_components/export-card";
import { ImportPanel } from "./_components/import-panel";
import { AssetsCard, RestoreCard } from "./_components/side-cards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("import.title") };
}

export default async function ImportPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("import.title")} description={t("import.description")} />
      {/* The season's year in the user's time zone: notes write dates without one. */}
      <ImportPanel defaultYear={yearIn(new Date(), user.timeZone)} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <AssetsCard />
        <ExportCard t={t} />
      </div>
      <RestoreCard />
    </div>
  );
}
