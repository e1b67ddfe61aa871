"use client";

// Deletes one record of a question asked (the question stays in the bank).
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { deleteEncounterAction } from "@/components/encounters/actions";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";

export function DeleteEncounterButton({ encounterId }: { encounterId: string }) {
  const t = useTranslations("encounters");
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <Button
      size="icon-sm"
      variant="ghost"
      className="size-7"
      disabled={pending}
      aria-label={t("deleteEncounter")}
      title={t("deleteEncounter")}
      onClick={() => run(() => deleteEncounterAction({ encounterId }), { success: t("deleted"), onDone: () => router.refresh() })}
    >
      <Trash2 aria-hidden="true" />
    </Button>
  );
}
