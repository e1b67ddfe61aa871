"use client";

// Moves on one application, optimistic: the stage machine (lib/applications) runs here first,
// so the timeline changes at once and a refused move is explained without a round trip; the
// server runs it again against the version this page loaded. A stale version is refused there
// (VERSION_CONFLICT): the page reloads the fresh data and says so.
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { moveApplicationAction, updateEventAction } from "@/components/companies/actions";
import { planMove, type TMoveCommand } from "@/lib/applications/stage-machine";
import type { TActionResult } from "@/lib/errors";
import { useTranslations } from "next-intl";
import { zonedToUtc } from "@/lib/dates/zone";
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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [optimistic, setOptimistic] = useOptimistic(application);

  function settle(result: TActionResult<TApplicationDetail>, success: string) {
    if (result.ok) return void toast.success(success);
    toast.error(result.message);
    if (result.code === "VERSION_CONFLICT") router.refresh();
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
      settle(result, t("companies.actions.done"));
    });
  }

  function editEvent(input: Omit<TUpdateEventInput, "applicationId" | "version">, onSaved: () => void) {
    startTransition(async () => {
      const result = await updateEventAction({ ...input, applicationId: application.id, version: application.version });
      settle(result, t("companies.timeline.eventSaved"));
      if (result.ok) onSaved();
    });
  }

  return { application: optimistic, pending, move, editEvent };
}
