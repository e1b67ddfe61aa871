"use client";

// One pair of questions that look like the same question typed twice: either can be kept, the
// other merged into it, after a confirmation saying what moves and what goes.
import { Merge } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { mergeQuestionsAction } from "@/components/encounters/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

type TSide = { id: string; setId: string; title: string; setTitle: string };

export function MergePair({ a, b, score }: { a: TSide; b: TSide; score: number }) {
  const t = useTranslations("encounters");
  const router = useRouter();
  const { pending, run } = useAction();

  function side(keep: TSide, drop: TSide) {
    return (
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 rounded-md border p-3">
        <Link href={`/questions/${keep.setId}/${keep.id}`} className="text-sm break-words hover:underline">
          {keep.title}
        </Link>
        <span className="text-xs text-muted-foreground">{keep.setTitle}</span>
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="outline" className="self-start" disabled={pending}>
              <Merge aria-hidden="true" />
              {t("mergeInto")}
            </Button>
          }
          title={t("mergeTitle")}
          description={t("mergeBody", { keep: keep.title, drop: drop.title })}
          confirm={t("mergeConfirm")}
          onConfirm={() => run(() => mergeQuestionsAction({ keepId: keep.id, dropId: drop.id }), { success: t("merged"), onDone: () => router.refresh() })}
        />
      </div>
    );
  }

  return (
    <li className="space-y-2" data-testid="duplicate-pair">
      <p className="text-xs text-muted-foreground">{t("similarity", { score: Math.round(score * 100) })}</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        {side(a, b)}
        {side(b, a)}
      </div>
    </li>
  );
}
