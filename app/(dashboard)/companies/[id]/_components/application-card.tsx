"use client";

// One application: its state, its timeline and the moves it allows (advance, result, offer,
// 挂, withdraw, reopen, delete). Offer, 挂, withdraw, reopen and delete ask first, saying what will
// happen; every change is optimistic and its toast offers undo.
import { Award, ChevronsRight, RotateCcw, Trash2, Undo2, XCircle } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { countRounds } from "@/lib/applications/derive";
import { MULTI_ROUND_STAGES, STAGE_ORDER, compareStages, suggestRoundLabel } from "@/lib/applications/stages";
import { Stage } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import type { TApplicationDetail } from "@/lib/services/companies";

import { AdvanceDialog } from "@/components/companies/advance-dialog";
import { OutcomeBadge, useOutcomeLabel, useStageLabel } from "@/components/companies/labels";
import { planMove } from "@/lib/applications/stage-machine";
import { ConfirmChangeDialog, type TConfirmKind } from "./confirm-change-dialog";
import { EventDialog } from "./event-dialog";
import { Timeline } from "./timeline";
import { useApplication } from "./use-application";

type TAdvanceStage = Exclude<Stage, "TO_APPLY">;

export function ApplicationCard({ application: loaded, timeZone }: { application: TApplicationDetail; timeZone: string }) {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const outcomeLabel = useOutcomeLabel();
  const { application, pending, move, editEvent, deleteEvent, deleteApplication } = useApplication(loaded, timeZone);
  const [advancing, setAdvancing] = useState(false);
  const [confirm, setConfirm] = useState<TConfirmKind | null>(null);
  const [editing, setEditing] = useState<TApplicationDetail["events"][number] | null>(null);
  const active = application.outcome === "ACTIVE";
  const closed = application.outcome === "REJECTED" || application.outcome === "WITHDRAWN";
  const stages = STAGE_ORDER.filter(
    (stage): stage is TAdvanceStage =>
      stage !== Stage.TO_APPLY &&
      (compareStages(stage, application.stage) > 0 || (stage === application.stage && MULTI_ROUND_STAGES.includes(stage))),
  );
  const reopened = closed ? planMove(application, { type: "reopen" }, new Date()) : null;
  const reopenHint = reopened?.ok
    ? t("companies.undoChange.reopenHint", { stage: stageLabel(reopened.state.stage), outcome: outcomeLabel(reopened.state.outcome) })
    : undefined;
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
              <Button size="sm" variant="outline" onClick={() => setConfirm("markOffer")} disabled={pending}>
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
            <Button size="sm" variant="outline" onClick={() => setConfirm("reopen")} disabled={pending} title={reopenHint}>
              <RotateCcw aria-hidden="true" />
              {t("companies.actions.reopen")}
            </Button>
          )}
          <Button
            size="icon-sm"
            variant="ghost"
            onClick={() => setConfirm("deleteApplication")}
            disabled={pending}
            aria-label={t("companies.undoChange.deleteApplication")}
            title={t("companies.undoChange.deleteApplication")}
          >
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      </CardHeader>
      <CardContent>
        <Timeline
          companyId={application.companyId}
          events={application.events}
          editable={!closed}
          onResult={(eventId, result) => move({ type: "recordResult", eventId, result })}
          onEdit={setEditing}
          onDelete={deleteEvent}
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
      <ConfirmChangeDialog
        kind={confirm}
        application={application}
        onClose={() => setConfirm(null)}
        onConfirm={(kind) => (kind === "deleteApplication" ? deleteApplication() : move({ type: kind }))}
      />
    </Card>
  );
}
