import { ArrowLeft, ListFilter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { requireUser } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { listSetQuestions } from "@/lib/services/questions-items";
import { ZSetFilter, type TSetFilter } from "@/lib/validation/questions";

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

// No loading.tsx above this page: the set is checked before anything streams, so another
// user's set id answers a real 404; the list then streams in behind a skeleton.
export default async function SetPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  const { setId } = await params;
  const filter = ZSetFilter.parse(await searchParams);
  const [t, set] = await Promise.all([getT(), loadSetOr404(user.id, setId)]);
  return (
    <>
      <Link href="/questions" className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("questions.backToSets")}
      </Link>
      <PageHeader
        title={set.title}
        actions={
          <>
            <LinkCompaniesSheet setId={set.id} title={set.title} linkedCount={set._count.companies} />
            <AddQuestionDialog setId={set.id} />
          </>
        }
      />
      <div className="space-y-4">
        <SetFilters setId={set.id} filter={filter} />
        <Suspense key={JSON.stringify(filter)} fallback={<ListSkeleton />}>
          <SetQuestions userId={user.id} setId={set.id} filter={filter} />
        </Suspense>
      </div>
    </>
  );
}

function ListSkeleton() {
  return (
    <div className="space-y-2" aria-busy="true">
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} className="h-11 w-full" />
      ))}
    </div>
  );
}

async function SetQuestions({ userId, setId, filter }: { userId: string; setId: string; filter: TSetFilter }) {
  const [t, questions] = await Promise.all([getT(), listSetQuestions(userId, setId, filter)]);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  if (questions.length > 0) return <QuestionList setId={setId} questions={questions} sortable={!filtered} />;
  if (!filtered) return <EmptyState icon={ListFilter} title={t("questions.emptySetTitle")} description={t("questions.emptySetBody")} />;
  return (
    <EmptyState
      icon={ListFilter}
      title={t("questions.noMatches")}
      description=""
      actions={
        <Button asChild variant="outline">
          <Link href={`/questions/${setId}`}>{t("questions.clearFilters")}</Link>
        </Button>
      }
    />
  );
}
