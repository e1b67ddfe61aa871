import { ChevronLeft, ChevronRight, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { BackLink, PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { SEARCH_COUNT_CAP, SEARCH_PAGE_SIZE, searchQuestions, type TSearchResult } from "@/lib/services/search";
import { ZSearchQuery } from "@/lib/validation/questions";

import { Highlight } from "../_components/highlight";
import { SearchForm } from "../_components/search-form";

import "../_components/questions.css";

type TProps = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("questions.searchTitle") };
}

const pageHref = (term: string, page: number) =>
  `/questions/search?${new URLSearchParams(page > 1 ? { q: term, page: String(page) } : { q: term }).toString()}`;

export default async function SearchPage({ searchParams }: TProps) {
  const user = await requireUser();
  const t = await getTranslations();
  const { q, page } = await searchParams;
  const parsed = ZSearchQuery.safeParse({ q: typeof q === "string" ? q : "", page });
  const result = parsed.success ? await searchQuestions(user.id, parsed.data) : null;
  const term = parsed.success ? parsed.data.q : "";
  if (result && result.total === 0 && result.page > 1) redirect(pageHref(term, 1));

  return (
    <>
      <BackLink href="/questions" className="mb-3">{t("questions.backToSets")}</BackLink>
      <PageHeader
        title={t("questions.searchTitle")}
        description={
          !result
            ? t("questions.searchPrompt")
            : result.total > SEARCH_COUNT_CAP
              ? t("questions.searchResultsMore", { term, count: SEARCH_COUNT_CAP })
              : t("questions.searchResults", { term, count: result.total })
        }
      />
      <div className="space-y-6">
        <SearchForm defaultValue={term} autoFocus={!result} />
        {result && result.total === 0 ? (
          <EmptyState icon={SearchX} title={t("questions.searchNone", { term })} description={t("questions.searchNoneBody")} />
        ) : null}
        {result?.groups.map((group) => (
          <section key={group.setId} className="space-y-2" aria-labelledby={`group-${group.setId}`}>
            <h2 id={`group-${group.setId}`} className="text-sm font-semibold">
              <Link href={`/questions/${group.setId}`} prefetch={false} className="hover:underline">
                {group.setTitle}
              </Link>
            </h2>
            <ul className="q-list">
              {group.hits.map((hit) => (
                <li key={hit.id}>
                  <Link href={`/questions/${group.setId}/${hit.id}`} prefetch={false} className="hit">
                    <span className="hit-title">
                      <span className="hit-text">
                        <Highlight text={hit.title} term={term} />
                      </span>
                      {hit.stars > 0 ? (
                        <span className="hit-stars" aria-label={t("questions.starsCount", { count: hit.stars })}>
                          {"★".repeat(hit.stars)}
                        </span>
                      ) : null}
                      {hit.placeholder ? <span className="q-badge">{t("questions.placeholder")}</span> : null}
                    </span>
                    {hit.snippet.text ? (
                      <span className="hit-snippet" data-testid="snippet">
                        {hit.snippet.start ? "…" : ""}
                        <Highlight text={hit.snippet.text} term={term} />
                        {hit.snippet.end ? "…" : ""}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {result && (result.page > 1 || result.hasNext) ? <SearchPager term={term} result={result} /> : null}
      </div>
    </>
  );
}

async function SearchPager({ term, result }: { term: string; result: TSearchResult }) {
  const t = await getTranslations();
  const from = (result.page - 1) * SEARCH_PAGE_SIZE + 1;
  const shown = result.groups.reduce((sum, group) => sum + group.hits.length, 0);
  return (
    <nav aria-label={t("questions.pages")} className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
      <span className="tabular-nums">{t("questions.searchRange", { from, to: from + shown - 1 })}</span>
      <span className="flex items-center gap-2">
        {result.page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={pageHref(term, result.page - 1)} rel="prev">
              <ChevronLeft aria-hidden="true" />
              {t("questions.previousPage")}
            </Link>
          </Button>
        ) : null}
        {result.hasNext ? (
          <Button asChild variant="outline" size="sm">
            <Link href={pageHref(term, result.page + 1)} rel="next">
              {t("questions.nextPage")}
              <ChevronRight aria-hidden="true" />
            </Link>
          </Button>
        ) : null}
      </span>
    </nav>
  );
}
