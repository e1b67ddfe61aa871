"use client";

// The question asked before a change that ends or reopens an application, or deletes it: it says
// what will happen, worked out by the stage machine itself (which pending steps an offer marks
// passed; where a reopen returns the application and which step it changes).
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { planMove } from "@/lib/applications/stage-machine";
import type { TMessageKey } from "@/lib/i18n/types";
import type { TApplicationDetail } from "@/lib/services/companies";
import { useLocale, useTranslations } from "next-intl";

import { useOutcomeLabel, useStageLabel, useStepName } from "@/components/companies/labels";

export type TConfirmKind = "markOffer" | "markRejected" | "withdraw" | "reopen" | "deleteApplication";

const TEXT: Record<TConfirmKind, { title: TMessageKey; action: TMessageKey; destructive: boolean }> = {
  markOffer: { title: "companies.undoChange.offerTitle", action: "companies.actions.markOffer", destructive: false },
  markRejected: { title: "companies.actions.confirmRejectTitle", action: "companies.actions.markRejected", destructive: true },
  withdraw: { title: "companies.actions.confirmWithdrawTitle", action: "companies.actions.withdraw", destructive: true },
  reopen: { title: "companies.undoChange.reopenTitle", action: "companies.actions.reopen", destructive: false },
  deleteApplication: { title: "companies.undoChange.deleteApplicationTitle", action: "companies.undoChange.deleteApplication", destructive: true },
};

type TProps = { kind: TConfirmKind | null; application: TApplicationDetail; onConfirm: (kind: TConfirmKind) => void; onClose: () => void };

/** What the change will do, one sentence per line. */
function useConsequences() {
  const t = useTranslations();
  const locale = useLocale();
  const stepName = useStepName();
  const stageLabel = useStageLabel();
  const outcomeLabel = useOutcomeLabel();
  return (kind: TConfirmKind, application: TApplicationDetail): string[] => {
    const named = (id: string | undefined) => stepName(application.events.find((event) => event.id === id) ?? { stage: application.stage, label: "" });
    if (kind === "markRejected") return [t("companies.actions.confirmRejectBody")];
    if (kind === "withdraw") return [t("companies.actions.confirmWithdrawBody")];
    if (kind === "deleteApplication") return [t("companies.undoChange.deleteApplicationBody", { count: application.events.length })];
    const plan = planMove(application, { type: kind }, new Date());
    if (!plan.ok) return [t(`companies.moves.${plan.code}`)];
    if (kind === "markOffer") {
      const passed = plan.update.filter((change) => change.set.result === "PASSED").map((change) => named(change.id));
      return [t("companies.undoChange.offerBody"), ...(passed.length > 0 ? [t("companies.undoChange.offerPasses", { steps: passed.join(locale === "zh" ? "、" : ", ") })] : [])];
    }
    const lines = [t("companies.undoChange.reopenTo", { stage: stageLabel(plan.state.stage), outcome: outcomeLabel(plan.state.outcome) })];
    if (plan.remove.length > 0) lines.push(t("companies.undoChange.reopenRemoves"));
    for (const change of plan.update) {
      if (change.set.result === "PENDING") lines.push(t("companies.undoChange.reopenPending", { step: named(change.id) }));
    }
    return lines;
  };
}

export function ConfirmChangeDialog({ kind, application, onConfirm, onClose }: TProps) {
  const t = useTranslations();
  const consequences = useConsequences();
  const text = kind ? TEXT[kind] : null;
  return (
    <ConfirmDialog
      open={kind !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={text ? t(text.title) : null}
      description={kind ? consequences(kind, application).map((line) => <p key={line}>{line}</p>) : null}
      confirm={text ? t(text.action) : null}
      destructive={text?.destructive ?? false}
      onConfirm={() => (kind ? onConfirm(kind) : undefined)}
    />
  );
}
