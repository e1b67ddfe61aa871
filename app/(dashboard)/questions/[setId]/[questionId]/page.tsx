import { ChevronLeft, ChevronRight, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Markdown } from "@/components/markdown/markdown";
import { BackLink } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readOr404 } from "@/lib/read-or-404";
import { getNeighbours, getQuestion } from "@/lib/services/questions-items";

import { DeleteQuestionButton } from "../../_components/delete-question-button";
import { QuestionActions } from "../../_components/question-actions";
import { QuestionAsked } from "../../_components/question-asked";
import { QuestionEditor } from "../../_components/question-editor";

const loadQuestion = readOr404(getQuestion);

type TProps = { params: Promise<{ setId: string; questionId: string }>; searchParams: Promise<{ edit?: string | string[] }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  return { title: (await loadQuestion(user.id, (await params).questionId)).title };
}

export default async function QuestionPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  const { setId, questionId } = await params;
  const editing = (await searchParams).edit === "1";
  const [t, question] = await Promise.all([getTranslations(), loadQuestion(user.id, questionId)]);
  if (question.setId !== setId) notFound();
  const setHref = `/questions/${setId}`;
  const selfHref = `${setHref}/${questionId}`;
  const { prev, next } = await getNeighbours(user.id, setId, question.position, questionId);

  return (
    <article className="space-y-5">
      <BackLink href={setHref}>{question.set.title}</BackLink>
      {editing ? (
        <QuestionEditor questionId={question.id} title={question.title} answerMd={question.answerMd} version={question.version} doneHref={selfHref} />
      ) : (
        <>
          <header className="space-y-3">
            <h1 className="text-xl font-semibold tracking-tight break-words sm:text-2xl">
              {question.title}
              {question.placeholder ? (
                <Badge variant="warning" className="ml-2 align-middle">
                  {t("questions.placeholder")}
                </Badge>
              ) : null}
            </h1>
            <QuestionActions
              questionId={question.id}
              editHref={`${selfHref}?edit=1`}
              stars={question.stars}
              status={question.status}
              reviewedAt={question.reviewedAt?.toISOString() ?? null}
              placeholder={question.placeholder}
            />
          </header>
          <div className="rounded-xl border p-4 sm:p-6" data-testid="answer">
            {question.placeholder ? (
              <div className="flex flex-col items-start gap-3">
                <p className="text-sm text-muted-foreground">{t("questions.placeholderHint")}</p>
                <Button asChild size="sm">
                  <Link href={`${selfHref}?edit=1`}>
                    <Pencil aria-hidden="true" />
                    {t("questions.writeAnswer")}
                  </Link>
                </Button>
              </div>
            ) : (
              <Markdown source={question.answerMd} />
            )}
          </div>
          <QuestionAsked userId={user.id} questionId={question.id} />
          <footer className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex gap-2">
              <Button asChild variant="outline" size="sm">
                <Link href={`${selfHref}?edit=1`}>
                  <Pencil aria-hidden="true" />
                  {t("questions.edit")}
                </Link>
              </Button>
              <DeleteQuestionButton questionId={question.id} setHref={setHref} />
            </div>
            <nav className="flex gap-2" aria-label={question.set.title}>
              {prev ? (
                <Button asChild variant="ghost" size="sm">
                  <Link href={`${setHref}/${prev}`} rel="prev">
                    <ChevronLeft aria-hidden="true" />
                    {t("questions.previous")}
                  </Link>
                </Button>
              ) : null}
              {next ? (
                <Button asChild variant="ghost" size="sm">
                  <Link href={`${setHref}/${next}`} rel="next">
                    {t("questions.next")}
                    <ChevronRight aria-hidden="true" />
                  </Link>
                </Button>
              ) : null}
            </nav>
          </footer>
        </>
      )}
    </article>
  );
}
