"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

import { createSetAction } from "@/components/questions/actions";
import { SetTitleDialog } from "./set-title-dialog";

export function NewSetButton() {
  const t = useTranslations();
  const router = useRouter();
  return (
    <SetTitleDialog
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          {t("questions.newSet")}
        </Button>
      }
      title={t("questions.newSetTitle")}
      submitLabel={t("questions.create")}
      success={t("questions.created")}
      onSubmit={(title) => createSetAction({ title })}
      onDone={(id) => (typeof id === "string" ? router.push(`/questions/${id}`) : undefined)}
    />
  );
}
