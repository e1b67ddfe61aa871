import { ArrowUpDown, Check, Download, ListFilter } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";

import { Markdown } from "@/components/markdown/markdown";
import { BackLink, PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { Skeleton } from "@/components/ui/skeleton";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import type { TTranslate } from "@/lib/i18n/types";
import { readSetHeader, readSetQuestionPage } from "@/lib/cache/page-reads";
import type { TReader } from "@/lib/cache/user-reads";
import { readOr404 } from "@/lib/read-or-404";
import { listSetOrder } from "@/lib/services/questions-items";
import { ZSetFilter, ZSetView, type TSetFilter } from "@/lib/validation/questions";

import { AddQuestionDialog } from "../_components/add-question-dialog";
import { LinkCompaniesSheet } from "../_components/link-companies-sheet";
import { QuestionRows } from "../_components/question-rows";
import { ReorderQuestions } from "../_components/reorder-questions";
import { SetFilters } from "../_components/set-filters";
import { setHref } from "../_components/set-href";
import { SetPager } from "../_components/set-pager";

const loadSet = readOr404(readSetHeader);

type TProps = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  return { title: (await loadSet(user, (await params).setId)).title };
}

// No loading.tsx above this page: the set is checked before anything streams, so another
// user's set id answers a real 404; the list then streams in behind a skeleton.
export default async function SetPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  const { setId } = await params;
  const query = await searchParams;
  const filter = ZSetFilter.parse(query);
  const view = ZSetView.parse(query);
  const [t, set] = await Promise.all([getTranslations(), loadSet(user, setId)]);
  return (
    <>
      <BackLink href="/questions" className="mb-3">{t("questions.backToSets")}</BackLink>
      <PageHeader
        title={set.title}
        actions={
          <>
            <LinkCompaniesSheet setId={set.id} title={set.title} linkedCount={set.linkedCompanies} />
            <Button asChild variant="outline" title={t("encounters.ankiHint")}>
              <a href={`/api/export/anki?set=${encodeURIComponent(set.id)}`} download data-testid="export-anki-set">
                <Download aria-hidden="true" />
                {t("encounters.ankiAction")}
              </a>
            </Button>
            <AddQuestionDialog setId={set.id} />
          </>
        }
      />
      {set.notes.trim() ? (
        <section aria-labelledby="set-notes" data-testid="set-notes" className="mb-6 space-y-2 rounded-lg border p-4">
          <h2 id="set-notes" className="text-sm font-medium text-muted-foreground">
            {t("questions.setNotes")}
          </h2>
          {/* A header image stays a banner, so the questions are still in sight below it. */}
          <Markdown source={set.notes} className="[&_img]:max-h-72 [&_img]:w-auto" />
        </section>
      ) : null}
      {view.order ? (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted-foreground">{t("questions.reorderHint")}</p>
            <LinkButton href={`/questions/${set.id}`} icon={Check} size="sm">{t("questions.reorderDone")}</LinkButton>
          </div>
          <Suspense fallback={<ListSkeleton />}>
            <SetOrder userId={user.id} setId={set.id} />
          </Suspense>
        </div>
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <SetFilters setId={set.id} filter={filter} />
            <LinkButton href={setHref(set.id, {}, { order: true })} icon={ArrowUpDown} variant="outline" size="sm">
              {t("questions.reorder")}
            </LinkButton>
          </div>
          <Suspense key={JSON.stringify([filter, view.page])} fallback={<ListSkeleton />}>
            <SetQuestions user={user} setId={set.id} filter={filter} page={view.page} />
          </Suspense>
        </div>
      )}
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

function EmptySet({ t }: { t: TTranslate }) {
  return <EmptyState icon={ListFilter} title={t("questions.emptySetTitle")} description={t("questions.emptySetBody")} />;
}

async function SetOrder({ userId, setId }: { userId: string; setId: string }) {
  const [t, questions] = await Promise.all([getTranslations(), listSetOrder(userId, setId)]);
  if (questions.length === 0) return <EmptySet t={t} />;
  return <ReorderQuestions setId={setId} questions={questions} />;
}

type TListProps = { user: TReader; setId: string; filter: TSetFilter; page: number };

async function SetQuestions({ user, setId, filter, page }: TListProps) {
  const [t, result] = await Promise.all([getTranslations(), readSetQuestionPage(user, setId, filter, page)]);
  if (result.questions.length === 0 && page > 1) redirect(setHref(setId, filter));
  if (result.questions.length > 0) {
    return (
      <>
        <QuestionRows setId={setId} questions={result.questions} />
        <SetPager setId={setId} filter={filter} result={result} />
      </>
    );
  }
  const filtered = Object.values(filter).some((value) => value !== undefined);
  if (!filtered) return <EmptySet t={t} />;
  return (
    <EmptyState
      icon={ListFilter}
      title={t("questions.noMatches")}
      description=""
      actions={<LinkButton href={`/questions/${setId}`} variant="outline">{t("questions.clearFilters")}</LinkButton>}
    />
  );
}
