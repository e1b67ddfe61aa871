import { ArrowLeft, ListFilter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { listSetCompanies } from "@/lib/services/prep-links";
import { listSetQuestions } from "@/lib/services/questions-items";
import { ZSetFilter } from "@/lib/validation/questions";

import { AddQuestionDialog } from "../_components/add-question-dialog";
import { LinkCompaniesSheet } from "../_components/link-companies-sheet";
import { loadSetOr404 } from "../_components/load";
import { QuestionList } from "../_components/question-list";
import { SetFilters } from "../_components/set-filters";

type TProps = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  return { title: (await loadSetOr404(user.id, (await params).setId)).title };
}

export default async function SetPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  const { setId } = await params;
  const filter = ZSetFilter.parse(await searchParams);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const [t, set, questions, companies] = await Promise.all([
    getT(),
    loadSetOr404(user.id, setId),
    listSetQuestions(user.id, setId, filter),
    listSetCompanies(user.id, setId),
  ]);
  return (
    <>
      <Link href="/questions" className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("questions.backToSets")}
      </Link>
      <PageHeader
        title={set.title}
        description={t("questions.countQuestions", { count: questions.length })}
        actions={
          <>
            <LinkCompaniesSheet setId={set.id} title={set.title} companies={companies} />
            <AddQuestionDialog setId={set.id} />
          </>
        }
      />
      <div className="space-y-4">
        <SetFilters setId={set.id} filter={filter} />
        {questions.length > 0 ? (
          <QuestionList setId={set.id} questions={questions} sortable={!filtered} />
        ) : filtered ? (
          <EmptyState
            icon={ListFilter}
            title={t("questions.noMatches")}
            description=""
            actions={
              <Button asChild variant="outline">
                <Link href={`/questions/${set.id}`}>{t("questions.clearFilters")}</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState icon={ListFilter} title={t("questions.emptySetTitle")} description={t("questions.emptySetBody")} />
        )}
      </div>
    </>
  );
}
