"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

import { deleteQuestionAction } from "@/components/questions/actions";
import { useAction } from "@/components/ui/use-action";

export function DeleteQuestionButton({ questionId, setHref }: { questionId: string; setHref: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" disabled={pending}>
          <Trash2 aria-hidden="true" />
          {t("questions.deleteQuestion")}
        </Button>
      }
      title={t("questions.deleteQuestionTitle")}
      description={t("questions.deleteQuestionBody")}
      confirm={t("common.delete")}
      onConfirm={() => run(() => deleteQuestionAction({ questionId }), { success: t("questions.deleted"), onDone: () => router.push(setHref) })}
    />
  );
}
