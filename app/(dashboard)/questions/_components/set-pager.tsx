import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { getTranslations } from "next-intl/server";
import { SET_PAGE_SIZE, type TQuestionPage } from "@/lib/services/questions-items";
import type { TSetFilter } from "@/lib/validation/questions";

import { setHref } from "./set-href";

/** "Questions 51–100 of 500", the row keys, and previous/next links that keep the filters in the URL. */
export async function SetPager({ setId, filter, result }: { setId: string; filter: TSetFilter; result: TQuestionPage }) {
  const t = await getTranslations();
  const from = (result.page - 1) * SET_PAGE_SIZE + 1;
  const to = from + result.questions.length - 1;
  return (
    <nav aria-label={t("questions.pages")} className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
      <span className="tabular-nums" data-testid="set-range">
        {t("questions.range", { from, to, total: result.total })}
        <span className="ml-3 hidden sm:inline">{t("questions.rowKeys")}</span>
      </span>
      {result.pages > 1 ? (
        <span className="flex items-center gap-2">
          <PageLink href={result.page > 1 ? setHref(setId, filter, { page: result.page - 1 }) : null} rel="prev">
            <ChevronLeft aria-hidden="true" />
            {t("questions.previousPage")}
          </PageLink>
          <span className="tabular-nums">{t("questions.pageOf", { page: result.page, pages: result.pages })}</span>
          <PageLink href={result.page < result.pages ? setHref(setId, filter, { page: result.page + 1 }) : null} rel="next">
            {t("questions.nextPage")}
            <ChevronRight aria-hidden="true" />
          </PageLink>
        </span>
      ) : null}
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: React.ReactNode }) {
  if (!href) {
    return (
      <Button variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href} rel={rel}>
        {children}
      </Link>
    </Button>
  );
}
