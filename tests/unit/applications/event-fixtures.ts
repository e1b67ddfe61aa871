// Small builders for stage events and snapshots in the stage-machine tests.

import { EventResult, Outcome, type Stage } from "@/lib/generated/prisma/enums";
import type { TApplicationSnapshot, TStageEvent } from "@/lib/applications/stage-machine";

export const NOW = new Date("2026-04-01T08:00:00.000Z");
export const at = (iso: string) => new Date(iso);

export function ev(position: number, stage: Stage, overrides: Partial<TStageEvent> = {}): TStageEvent {
  return {
    id: `e${position}`,
    position,
    stage,
    label: "",
    scheduledAt: null,
    happenedAt: null,
    result: EventResult.PENDING,
    ...overrides,
  };
}

export function snap(
  events: TStageEvent[],
  outcome: Outcome = Outcome.ACTIVE,
  closedAt: Date | null = null,
): TApplicationSnapshot {
  return { events, outcome, closedAt };
}
