"use client";

// Moves on one application, optimistic: the stage machine (lib/applications) runs here first,
// so the timeline changes at once and a refused move is explained without a round trip; the
// server runs it again against the version this page loaded. A stale version is refused there
// (VERSION_CONFLICT): the page reloads the fresh data and says so. Every change's toast offers
// undo, which the server grants only while nothing changed since (lib/services/application-undo).
import { useOptimistic, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { useResultLabel, useStepName } from "@/components/companies/labels";
import { useUndoToast } from "@/components/companies/use-undo-toast";

import {
  deleteApplicationAction,
  deleteEventAction,
  moveApplicationAction,
  updateEventAction,
} from "@/components/companies/actions";
import {
  deriveApplicationState,
  planMove,
  withdrawnAtOf,
  type TMoveCommand,
  type TStageEvent,
} from "@/lib/applications/stage-machine";
import type { TActionResult } from "@/lib/errors";
import { useTranslations } from "next-intl";
import { zonedToUtc } from "@/lib/dates/zone";
import type { TApplicationChange } from "@/lib/services/application-undo";
import type { TApplicationDetail } from "@/lib/services/companies";
import type { TMoveCommandInput, TUpdateEventInput } from "@/lib/validation/applications";

type TEvent = TApplicationDetail["events"][number];

function toMachineCommand(command: TMoveCommandInput, timeZone: string): TMoveCommand {
  if (command.type !== "advance") return command;
  const scheduledAt = command.scheduledAt ? zonedToUtc(command.scheduledAt, timeZone) : null;
  return { type: "advance", stage: command.stage, label: command.label, scheduledAt };
}

export function useApplication(application: TApplicationDetail, timeZone: string) {
  const t = useTranslations();
  const { done, failed } = useUndoToast();
  const stepName = useStepName();
  const resultLabel = useResultLabel();
  const [pending, startTransition] = useTransition();
  const [optimistic, setOptimistic] = useOptimistic(application);

  function settle(result: TActionResult<TApplicationChange>, success: string) {
    if (result.ok) return done(success, result.data.undo);
    failed(result);
  }

  /** What the toast says a move did: the outcome it records, or a step's new result. */
  function doneMessage(command: TMoveCommandInput, events: readonly TStageEvent[]): string {
    if (command.type === "recordResult") {
      const step = events.find((event) => event.id === command.eventId);
      return step ? t("companies.undoChange.resultSet", { step: stepName(step), result: resultLabel(command.result) }) : t("companies.actions.done");
    }
    return command.type === "advance" ? t("companies.actions.done") : t(`companies.undoChange.moved.${command.type}`);
  }

  function move(command: TMoveCommandInput) {
    const plan = planMove(optimistic, toMachineCommand(command, timeZone), new Date());
    if (!plan.ok) return void toast.error(t(`companies.moves.${plan.code}`));
    startTransition(async () => {
      const byPosition = new Map(optimistic.events.map((event) => [event.position, event]));
      const events: TEvent[] = plan.events.map((event) => ({
        id: event.id ?? `new-${event.position}`,
        notes: "",
        link: null,
        linkExpiresAt: null,
        ...byPosition.get(event.position),
        ...event,
      }));
      setOptimistic({ ...optimistic, ...plan.state, events });
      const result = await moveApplicationAction({ applicationId: application.id, version: application.version, command });
      settle(result, doneMessage(command, plan.events));
    });
  }

  function editEvent(input: Omit<TUpdateEventInput, "applicationId" | "version">, onSaved: () => void) {
    startTransition(async () => {
      const result = await updateEventAction({ ...input, applicationId: application.id, version: application.version });
      settle(result, t("companies.timeline.eventSaved"));
      if (result.ok) onSaved();
    });
  }

  /** Deletes a step; the stage and outcome are derived again from the steps left, as the server does. */
  function deleteEvent(event: TEvent) {
    startTransition(async () => {
      const events = optimistic.events.filter((candidate) => candidate.id !== event.id);
      const state = deriveApplicationState(events, { withdrawnAt: withdrawnAtOf(optimistic, new Date()) });
      setOptimistic({ ...optimistic, ...state, events });
      const result = await deleteEventAction({ applicationId: application.id, version: application.version, eventId: event.id });
      settle(result, t("companies.undoChange.eventDeleted", { step: stepName(event) }));
    });
  }

  function deleteApplication() {
    startTransition(async () => {
      const result = await deleteApplicationAction({ applicationId: application.id, version: application.version });
      if (!result.ok) return failed(result);
      done(t("companies.undoChange.applicationDeleted"), result.data.undo);
    });
  }

  return { application: optimistic, pending, move, editEvent, deleteEvent, deleteApplication };
}
