import { BookOpenText, Download, FileUp, Flame } from "lucide-react";
import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readSets } from "@/lib/cache/page-reads";

import { NewSetButton } from "./_components/new-set-button";
import { SearchForm } from "./_components/search-form";
import { SetList } from "./_components/set-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("questions.title") };
}

export default async function QuestionsPage() {
  const user = await requireUser();
  const [t, sets] = await Promise.all([getTranslations(), readSets(user)]);
  return (
    <>
      <PageHeader
        title={t("questions.title")}
        description={t("questions.description")}
        actions={
          <>
            <LinkButton href="/questions/hot" icon={Flame} variant="outline">{t("encounters.hotLink")}</LinkButton>
            {sets.length > 0 ? (
              <Button asChild variant="outline" title={t("encounters.ankiHint")}>
                <a href="/api/export/anki" download>
                  <Download aria-hidden="true" />
                  {t("encounters.ankiAction")}
                </a>
              </Button>
            ) : null}
            <NewSetButton />
          </>
        }
      />
      {sets.length === 0 ? (
        <EmptyState
          icon={BookOpenText}
          title={t("questions.emptyTitle")}
          description={t("questions.emptyBody")}
          actions={<LinkButton href="/import" icon={FileUp} variant="outline">{t("questions.importNotes")}</LinkButton>}
        />
      ) : (
        <div className="space-y-4">
          <SearchForm />
          <SetList sets={sets} />
        </div>
      )}
    </>
  );
}
