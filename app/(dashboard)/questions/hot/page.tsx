import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";

import { BackLink, PageHeader } from "@/components/shell/page-header";
import { requireUser } from "@/lib/auth";
import { listAskedCompanies, listDuplicateSuggestions, listHotQuestions } from "@/lib/services/encounters-hot";
import { cn } from "@/lib/utils";
import { ZId } from "@/lib/validation/id";

import { MergePair } from "../_components/merge-pair";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ZHotQuery = z.object({ company: ZId.optional().catch(undefined) });

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("encounters"))("hotTitle") };
}

const CHIP = "inline-flex h-7 items-center gap-1 rounded-full border px-3 text-xs";

/** 高频题: the questions interviews asked, most asked first, at one company or all; then possible duplicates. */
export default async function HotQuestionsPage({ searchParams }: TProps) {
  const user = await requireUser();
  const { company } = ZHotQuery.parse(await searchParams);
  const [t, tQuestions, format, companies, duplicates] = await Promise.all([
    getTranslations("encounters"),
    getTranslations("questions"),
    getFormatter(),
    listAskedCompanies(user.id),
    listDuplicateSuggestions(user.id),
  ]);
  const chosen = companies.find((c) => c.id === company) ?? null;
  const hot = await listHotQuestions(user.id, chosen?.id ?? null);

  return (
    <>
      <BackLink href="/questions" className="mb-3">{tQuestions("backToSets")}</BackLink>
      <PageHeader title={t("hotTitle")} description={t("hotDescription")} />
      <div className="space-y-8">
        <div className="space-y-3">
          {companies.length > 0 ? (
            <nav aria-label={t("hotFilter")} className="flex flex-wrap gap-2">
              <Link href="/questions/hot" aria-current={chosen ? undefined : "page"} className={cn(CHIP, !chosen && "border-primary bg-primary/10 text-primary")}>
                {t("hotAll")}
              </Link>
              {companies.map((c) => (
                <Link key={c.id} href={`/questions/hot?company=${c.id}`} aria-current={chosen?.id === c.id ? "page" : undefined} className={cn(CHIP, chosen?.id === c.id && "border-primary bg-primary/10 text-primary")}>
                  {c.name} <span className="text-muted-foreground tabular-nums">{c.count}</span>
                </Link>
              ))}
            </nav>
          ) : null}
          {hot.length === 0 ? (
            <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">{t("hotEmpty")}</p>
          ) : (
            <div className="overflow-x-auto rounded-lg border">
              <table className="w-full text-sm" data-testid="hot-questions">
                <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="w-10 px-3 py-2">#</th>
                    <th scope="col" className="px-3 py-2">{t("hotQuestion")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("hotCount")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("hotCompanies")}</th>
                    <th scope="col" className="px-3 py-2">{t("hotLastSeen")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y">
                  {hot.map((question, index) => (
                    <tr key={question.id}>
                      <td className="px-3 py-2 text-muted-foreground tabular-nums">{index + 1}</td>
                      <td className="px-3 py-2">
                        <Link href={`/questions/${question.setId}/${question.id}`} className="break-words hover:underline">
                          {question.title}
                        </Link>
                      </td>
                      <td className="px-3 py-2 text-right font-medium tabular-nums">{question.count}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{question.companies}</td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        <time dateTime={question.lastSeen.toISOString()}>{format.dateTime(question.lastSeen, "date")}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <section aria-labelledby="duplicates" className="space-y-3">
          <h2 id="duplicates" className="text-lg font-semibold">
            {t("duplicatesTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("duplicatesDescription")}</p>
          {duplicates.length === 0 ? <p className="text-sm text-muted-foreground">{t("duplicatesEmpty")}</p> : null}
          <ul className="space-y-4">
            {duplicates.map((pair) => (
              <MergePair key={`${pair.a.id}:${pair.b.id}`} a={pair.a} b={pair.b} score={pair.score} />
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
