// The stage machine: which moves an application may make, and what each move writes.
// Stage order and labels live in ./stages, derivation in ./derive, the board in ./board,
// 复活甲 in ./revival; this module re-exports them so callers import from one place.
//
// Rules (see planMove):
// - advance { stage }: forward to any later stage (skipping is fine: 投递 → 笔试), or a new
//   round of the same stage for 测评/笔试/面试 (一面 → 二面). Never backwards, never to 待投递.
//   Earlier PENDING steps become PASSED. Advancing to OFFER is markOffer.
// - recordResult: sets PENDING/PASSED/FAILED on one step. FAILED only on the last step (it
//   rejects the application); PASSED/FAILED fill happenedAt when missing. Recording the result
//   a step already has is a no-op (changed: false). Closed applications: reopen first.
// - markOffer: adds an OFFER step (PASSED, now); earlier PENDING steps become PASSED.
// - markRejected: 挂 at the current stage: the last step becomes FAILED if it was pending, else
//   a bare FAILED step of the current stage is added. Not before applying (use withdraw).
// - withdraw (放弃): from ACTIVE or OFFER (declining an offer); events stay as they are.
// - reopen: from REJECTED or WITHDRAWN back to ACTIVE. The rejection is removed: the bare step
//   markRejected added is deleted, a failed real step goes back to PENDING (a scheduled one loses
//   the happenedAt the rejection stamped: it is known by its scheduled time again).

import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { deriveApplicationState, withdrawnAtOf } from "@/lib/applications/derive";
import { moveError } from "@/lib/applications/messages";
import {
  appendEvent,
  createDraft,
  finishDraft,
  isBareRejection,
  isValidDate,
  passPending,
  patchRow,
  removeRow,
  settledAt,
  type TDraft,
} from "@/lib/applications/move-draft";
import { MULTI_ROUND_STAGES, compareStages } from "@/lib/applications/stages";
import type { TApplicationSnapshot, TApplicationState, TMoveCommand, TMoveResult } from "@/lib/applications/types";

export * from "@/lib/applications/stages";
export * from "@/lib/applications/types";
export * from "@/lib/applications/derive";
export * from "@/lib/applications/board";
export * from "@/lib/applications/revival";
export { moveError } from "@/lib/applications/messages";

type TAdvance = Extract<TMoveCommand, { type: "advance" }>;
type TRecordResult = Extract<TMoveCommand, { type: "recordResult" }>;

const isClosed = (state: TApplicationState) =>
  state.outcome === Outcome.REJECTED || state.outcome === Outcome.WITHDRAWN;

/**
 * Plans `command` on an application (its events plus stored outcome/closedAt, which only
 * matter for a withdrawal). Returns the events to create/update/remove and the new derived
 * state, or { ok: false, code, message: { zh, en } } when the move is not allowed.
 * `now` stamps what happens now (applying, an offer, a rejection, a withdrawal).
 */
export function planMove(application: TApplicationSnapshot, command: TMoveCommand, now: Date): TMoveResult {
  const draft = createDraft(application.events, withdrawnAtOf(application, now));
  const before = deriveApplicationState(
    draft.rows.map((row) => row.event),
    { withdrawnAt: draft.withdrawnAt },
  );
  switch (command.type) {
    case "advance":
      return advance(draft, before, command, now);
    case "recordResult":
      return recordResult(draft, before, command, now);
    case "markOffer":
      return markOffer(draft, before, command.label, now);
    case "markRejected":
      return markRejected(draft, before, now);
    case "withdraw":
      return withdraw(draft, before, now);
    case "reopen":
      return reopen(draft, before);
  }
}

function advance(draft: TDraft, before: TApplicationState, command: TAdvance, now: Date): TMoveResult {
  if (isClosed(before)) return moveError("CLOSED");
  if (before.outcome === Outcome.OFFER) return moveError("OFFER_FINAL");
  if (command.stage === Stage.OFFER) return markOffer(draft, before, command.label, now);
  if (command.stage === Stage.TO_APPLY) return moveError("INVALID_STAGE");
  if (!isValidDate(command.scheduledAt) || !isValidDate(command.happenedAt)) return moveError("INVALID_DATE");
  const order = compareStages(command.stage, before.stage);
  if (order < 0) return moveError("BACKWARD");
  if (order === 0 && !MULTI_ROUND_STAGES.includes(command.stage)) return moveError("SAME_STAGE");

  const scheduledAt = command.scheduledAt ?? null;
  const happenedAt =
    command.happenedAt !== undefined
      ? command.happenedAt
      : command.stage === Stage.APPLIED && !scheduledAt
        ? now
        : null;
  passPending(draft);
  appendEvent(draft, {
    stage: command.stage,
    label: command.label?.trim() ?? "",
    scheduledAt,
    happenedAt,
    result: EventResult.PENDING,
  });
  return finishDraft(draft, before);
}

function recordResult(draft: TDraft, before: TApplicationState, command: TRecordResult, now: Date): TMoveResult {
  if (isClosed(before)) return moveError("CLOSED");
  const index = draft.rows.findIndex((row) =>
    command.eventId !== undefined ? row.event.id === command.eventId : row.event.position === command.position,
  );
  const row = draft.rows[index];
  if (!row) return moveError("EVENT_NOT_FOUND");
  if (command.result === EventResult.FAILED) {
    if (before.outcome === Outcome.OFFER) return moveError("OFFER_FINAL");
    if (index !== draft.rows.length - 1) return moveError("FAILED_NOT_LAST");
    if (row.event.stage === Stage.TO_APPLY) return moveError("NOT_APPLIED");
  }
  if (row.event.result === command.result) return finishDraft(draft, before);
  const happenedAt = command.result === EventResult.PENDING ? row.event.happenedAt : settledAt(row.event, now);
  patchRow(row, { result: command.result, happenedAt });
  return finishDraft(draft, before);
}

function markOffer(draft: TDraft, before: TApplicationState, label: string | undefined, now: Date): TMoveResult {
  if (isClosed(before)) return moveError("CLOSED");
  if (before.outcome === Outcome.OFFER) return moveError("ALREADY_OFFER");
  passPending(draft);
  appendEvent(draft, {
    stage: Stage.OFFER,
    label: label?.trim() ?? "",
    scheduledAt: null,
    happenedAt: now,
    result: EventResult.PASSED,
  });
  return finishDraft(draft, before);
}

function markRejected(draft: TDraft, before: TApplicationState, now: Date): TMoveResult {
  if (before.outcome === Outcome.REJECTED) return moveError("ALREADY_REJECTED");
  if (before.outcome === Outcome.WITHDRAWN) return moveError("CLOSED");
  if (before.outcome === Outcome.OFFER) return moveError("OFFER_FINAL");
  const last = draft.rows.at(-1);
  if (!last || before.stage === Stage.TO_APPLY) return moveError("NOT_APPLIED");
  if (last.event.result === EventResult.PENDING && last.event.stage === before.stage) {
    patchRow(last, { result: EventResult.FAILED, happenedAt: settledAt(last.event, now) });
  } else {
    appendEvent(draft, {
      stage: before.stage,
      label: "",
      scheduledAt: null,
      happenedAt: now,
      result: EventResult.FAILED,
    });
  }
  return finishDraft(draft, before);
}

function withdraw(draft: TDraft, before: TApplicationState, now: Date): TMoveResult {
  if (before.outcome === Outcome.WITHDRAWN) return moveError("ALREADY_WITHDRAWN");
  if (before.outcome === Outcome.REJECTED) return moveError("CLOSED");
  draft.withdrawnAt = now;
  return finishDraft(draft, before);
}

function reopen(draft: TDraft, before: TApplicationState): TMoveResult {
  if (!isClosed(before)) return moveError("NOT_CLOSED");
  draft.withdrawnAt = null;
  const index = draft.rows.length - 1;
  const last = draft.rows[index];
  if (last && last.event.result === EventResult.FAILED) {
    if (isBareRejection(draft, index)) removeRow(draft, last);
    else patchRow(last, { result: EventResult.PENDING, happenedAt: last.event.scheduledAt ? null : undefined });
  }
  return finishDraft(draft, before);
}
