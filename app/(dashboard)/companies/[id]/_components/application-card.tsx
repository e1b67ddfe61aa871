"use client";

// One application: its state, its timeline and the moves it allows (advance, result, offer,
// 挂, withdraw, reopen). Destructive moves ask first; every move is optimistic.
import { Award, ChevronsRight, RotateCcw, Undo2, XCircle } from "lucide-react";
import { useState } from "react";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { countRounds } from "@/lib/applications/derive";
import { MULTI_ROUND_STAGES, STAGE_ORDER, compareStages, suggestRoundLabel } from "@/lib/applications/stages";
import { Stage } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import type { TApplicationDetail } from "@/lib/services/companies";

import { AdvanceDialog } from "@/components/companies/advance-dialog";
import { OutcomeBadge, useStageLabel } from "@/components/companies/labels";
import { EventDialog } from "./event-dialog";
import { Timeline } from "./timeline";
import { useApplication } from "./use-application";

type TAdvanceStage = Exclude<Stage, "TO_APPLY">;
type TConfirm = "markRejected" | "withdraw" | null;

export function ApplicationCard({ application: loaded, timeZone }: { application: TApplicationDetail; timeZone: string }) {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const { application, pending, move, editEvent } = useApplication(loaded, timeZone);
  const [advancing, setAdvancing] = useState(false);
  const [confirm, setConfirm] = useState<TConfirm>(null);
  const [editing, setEditing] = useState<TApplicationDetail["events"][number] | null>(null);
  const active = application.outcome === "ACTIVE";
  const closed = application.outcome === "REJECTED" || application.outcome === "WITHDRAWN";
  const stages = STAGE_ORDER.filter(
    (stage): stage is TAdvanceStage =>
      stage !== Stage.TO_APPLY &&
      (compareStages(stage, application.stage) > 0 || (stage === application.stage && MULTI_ROUND_STAGES.includes(stage))),
  );
  // Interviews come in rounds (一面 → 二面): suggest the next round; otherwise the next stage.
  const next =
    application.stage === Stage.INTERVIEW
      ? Stage.INTERVIEW
      : (stages.find((stage) => compareStages(stage, application.stage) > 0) ?? Stage.APPLIED);

  return (
    <Card data-testid="application" data-outcome={application.outcome} data-stage={application.stage} aria-busy={pending}>
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold">{application.role || t("companies.detail.roleless")}</h3>
          <span className="text-sm text-muted-foreground">{stageLabel(application.stage)}</span>
          <OutcomeBadge outcome={application.outcome} />
        </div>
        <div className="flex flex-wrap gap-1.5">
          {active ? (
            <>
              <Button size="sm" onClick={() => setAdvancing(true)} disabled={pending}>
                <ChevronsRight aria-hidden="true" />
                {t("companies.actions.advance")}
              </Button>
              <Button size="sm" variant="outline" onClick={() => move({ type: "markOffer" })} disabled={pending}>
                <Award aria-hidden="true" />
                {t("companies.actions.markOffer")}
              </Button>
              <Button size="sm" variant="outline" onClick={() => setConfirm("markRejected")} disabled={pending}>
                <XCircle aria-hidden="true" />
                {t("companies.actions.markRejected")}
              </Button>
            </>
          ) : null}
          {!closed ? (
            <Button size="sm" variant="ghost" onClick={() => setConfirm("withdraw")} disabled={pending}>
              <Undo2 aria-hidden="true" />
              {t("companies.actions.withdraw")}
            </Button>
          ) : (
            <Button size="sm" variant="outline" onClick={() => move({ type: "reopen" })} disabled={pending}>
              <RotateCcw aria-hidden="true" />
              {t("companies.actions.reopen")}
            </Button>
          )}
        </div>
      </CardHeader>
      <CardContent>
        <Timeline
          events={application.events}
          editable={!closed}
          onResult={(eventId, result) => move({ type: "recordResult", eventId, result })}
          onEdit={setEditing}
        />
      </CardContent>
      {advancing ? (
        <AdvanceDialog
          open
          onOpenChange={setAdvancing}
          title={t("companies.actions.advanceTitle")}
          stages={stages}
          initialStage={next}
          timeZone={timeZone}
          suggestLabel={(stage) => suggestRoundLabel(countRounds(application.events, stage), stage, t)}
          onSubmit={move}
        />
      ) : null}
      {editing ? (
        <EventDialog
          event={editing}
          timeZone={timeZone}
          pending={pending}
          onClose={() => setEditing(null)}
          onSave={(input) => editEvent(input, () => setEditing(null))}
        />
      ) : null}
      <AlertDialog open={confirm !== null} onOpenChange={(open) => (open ? undefined : setConfirm(null))}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>
              {t(confirm === "withdraw" ? "companies.actions.confirmWithdrawTitle" : "companies.actions.confirmRejectTitle")}
            </AlertDialogTitle>
            <AlertDialogDescription>
              {t(confirm === "withdraw" ? "companies.actions.confirmWithdrawBody" : "companies.actions.confirmRejectBody")}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
            <AlertDialogAction
              variant="destructive"
              onClick={() => {
                if (confirm) move({ type: confirm });
                setConfirm(null);
              }}
            >
              {t(confirm === "withdraw" ? "companies.actions.withdraw" : "companies.actions.markRejected")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </Card>
  );
}
