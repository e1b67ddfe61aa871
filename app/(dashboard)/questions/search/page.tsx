import { ArrowLeft, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { SEARCH_LIMIT, searchQuestions } from "@/lib/services/search";
import { ZSearchQuery } from "@/lib/validation/questions";

import { Highlight } from "../_components/highlight";
import { Stars } from "../_components/stars";
import { SearchForm } from "../_components/search-form";

type TProps = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("questions.searchTitle") };
}

export default async function SearchPage({ searchParams }: TProps) {
  const user = await requireUser();
  const t = await getT();
  const raw = (await searchParams).q;
  const parsed = ZSearchQuery.safeParse({ q: typeof raw === "string" ? raw : "" });
  const result = parsed.success ? await searchQuestions(user.id, parsed.data) : null;
  const term = parsed.success ? parsed.data.q : "";

  return (
    <>
      <Link href="/questions" className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("questions.backToSets")}
      </Link>
      <PageHeader
        title={t("questions.searchTitle")}
        description={result ? t("questions.searchResults", { term, count: result.total }) : t("questions.searchPrompt")}
      />
      <div className="space-y-6">
        <SearchForm defaultValue={term} autoFocus={!result} />
        {result && result.total === 0 ? (
          <EmptyState icon={SearchX} title={t("questions.searchNone", { term })} description={t("questions.searchNoneBody")} />
        ) : null}
        {result?.groups.map((group) => (
          <section key={group.setId} className="space-y-2" aria-labelledby={`group-${group.setId}`}>
            <h2 id={`group-${group.setId}`} className="text-sm font-semibold">
              <Link href={`/questions/${group.setId}`} className="hover:underline">
                {group.setTitle}
              </Link>
              <span className="ml-2 font-normal text-muted-foreground tabular-nums">{group.hits.length}</span>
            </h2>
            <ul className="divide-y rounded-xl border">
              {group.hits.map((hit) => (
                <li key={hit.id}>
                  <Link href={`/questions/${group.setId}/${hit.id}`} className="block space-y-1 px-4 py-3 hover:bg-accent/50">
                    <span className="flex items-start gap-2 text-sm font-medium">
                      <span className="min-w-0 flex-1 break-words">
                        <Highlight text={hit.title} term={term} />
                      </span>
                      <Stars count={hit.stars} />
                      {hit.placeholder ? <Badge variant="warning">{t("questions.placeholder")}</Badge> : null}
                    </span>
                    {hit.snippet ? (
                      <span className="line-clamp-2 block text-xs break-words text-muted-foreground">
                        {hit.snippetStart ? "…" : ""}
                        <Highlight text={hit.snippet} term={term} />
                        {hit.snippetEnd ? "…" : ""}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {result?.truncated ? <p className="text-sm text-muted-foreground">{t("questions.searchTruncated", { count: SEARCH_LIMIT })}</p> : null}
      </div>
    </>
  );
}
