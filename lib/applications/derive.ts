// An application's stage, outcome and dates, derived from its events in this one place.

import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { compareStages } from "@/lib/applications/stages";
import type { TApplicationSnapshot, TApplicationState, TStageEvent } from "@/lib/applications/types";

type TDeriveOptions = {
  /** Set when the user withdrew (放弃): the outcome is WITHDRAWN and closedAt is this date. */
  withdrawnAt?: Date | null;
};

/** Events ordered by position; equal positions keep their input order. Does not mutate. */
export function sortEvents<T extends Pick<TStageEvent, "position">>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.position - b.event.position || a.index - b.index)
    .map(({ event }) => event);
}

/** The date a step is known by: when it happened, else when it was scheduled. */
function dateOf(event: TStageEvent | undefined): Date | null {
  return event ? (event.happenedAt ?? event.scheduledAt) : null;
}

/**
 * Derives { stage, outcome, closedAt, appliedAt } from the events (any order; sorted by position).
 *
 * - No events: TO_APPLY, ACTIVE.
 * - stage: the furthest stage any event reached.
 * - withdrawnAt set: WITHDRAWN (it wins over everything), closedAt = withdrawnAt.
 * - The last event FAILED: REJECTED at that event's stage, closedAt = its date. A failed step
 *   followed by later steps means the process went on, so it does not reject.
 * - Else an OFFER-stage event (not failed): OFFER, closedAt = that event's date.
 * - Else ACTIVE, closedAt null.
 * - appliedAt: the date of the first event past TO_APPLY (happenedAt, else scheduledAt), or null.
 */
export function deriveApplicationState(
  events: readonly TStageEvent[],
  options: TDeriveOptions = {},
): TApplicationState {
  const ordered = sortEvents(events);
  const last = ordered.at(-1);
  let stage: Stage = Stage.TO_APPLY;
  for (const event of ordered) {
    if (compareStages(event.stage, stage) > 0) stage = event.stage;
  }
  const appliedAt = dateOf(ordered.find((event) => event.stage !== Stage.TO_APPLY));

  if (options.withdrawnAt) {
    return { stage, outcome: Outcome.WITHDRAWN, closedAt: options.withdrawnAt, appliedAt };
  }
  if (last && last.result === EventResult.FAILED) {
    return { stage: last.stage, outcome: Outcome.REJECTED, closedAt: dateOf(last), appliedAt };
  }
  const offer = ordered.find((event) => event.stage === Stage.OFFER && event.result !== EventResult.FAILED);
  if (offer) {
    return { stage: Stage.OFFER, outcome: Outcome.OFFER, closedAt: dateOf(offer), appliedAt };
  }
  return { stage, outcome: Outcome.ACTIVE, closedAt: null, appliedAt };
}

/**
 * The withdrawal date a stored row implies: its closedAt when the outcome is WITHDRAWN
 * (`fallback` when that is missing), else null.
 */
export function withdrawnAtOf(row: Pick<TApplicationSnapshot, "outcome" | "closedAt">, fallback: Date): Date | null {
  if (row.outcome !== Outcome.WITHDRAWN) return null;
  return row.closedAt ?? fallback;
}

/** How many events of `stage` exist, for suggestRoundLabel. */
export function countRounds(events: readonly Pick<TStageEvent, "stage">[], stage: Stage): number {
  return events.filter((event) => event.stage === stage).length;
}
