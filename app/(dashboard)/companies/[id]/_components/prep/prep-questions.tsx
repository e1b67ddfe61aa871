"use client";

import Link from "next/link";
import { setMasteryAction } from "@/components/questions/actions";
import { MasteryPicker } from "@/components/questions/question-controls";
import { Stars } from "@/components/questions/stars";
import { Badge } from "@/components/ui/badge";
import type { Mastery } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";

import { usePrepTicks } from "./prep-ticks";

type TQuestion = { id: string; title: string; stars: number; placeholder: boolean; status: Mastery };
type TGroup = { setId: string; title: string; questions: TQuestion[]; known: number; total: number };

/** Linked sets' questions, by set, ⭐ first and placeholders last, each with its mastery. */
export function PrepQuestions({ groups }: { groups: TGroup[] }) {
  const t = useTranslations();
  const ticks = usePrepTicks();
  if (groups.length === 0) {
    return (
      <div className="rounded-xl border border-dashed p-6 text-center">
        <p className="text-sm font-medium">{t("prep.noSets")}</p>
        <p className="mt-1 text-sm text-muted-foreground">{t("prep.noSetsBody")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <details key={group.setId} open className="group rounded-xl border" data-set-id={group.setId}>
          <summary className="flex cursor-pointer items-center gap-2 px-4 py-2.5 text-sm font-medium">
            <span className="min-w-0 flex-1 truncate">{group.title}</span>
            <span className="text-xs font-normal text-muted-foreground tabular-nums">{t("prep.setProgress", { known: group.known, total: group.total })}</span>
          </summary>
          <ul className="divide-y border-t">
            {group.questions.map((question) => (
              <li key={question.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2" data-question-id={question.id}>
                <Link href={`/questions/${group.setId}/${question.id}`} className="min-w-0 flex-1 basis-40 truncate text-sm hover:underline">
                  {question.title}
                </Link>
                <Stars count={question.stars} />
                {question.placeholder ? <Badge variant="warning">{t("questions.placeholder")}</Badge> : null}
                {question.placeholder ? null : (
                  <MasteryPicker
                    status={ticks.questionStatus(question.id, question.status)}
                    onChange={(status) => ticks.tick({ kind: "question", id: question.id, status }, () => setMasteryAction({ questionId: question.id, status }))}
                  />
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
