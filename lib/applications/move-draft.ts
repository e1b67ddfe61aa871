// A working copy of an application's events while a move is planned; turns into a TMovePlan.

import { EventResult, Stage } from "@/lib/generated/prisma/enums";
import { deriveApplicationState, sortEvents } from "@/lib/applications/derive";
import type {
  TApplicationState,
  TEventKey,
  TEventPatch,
  TEventUpdate,
  TMovePlan,
  TNewStageEvent,
  TStageEvent,
} from "@/lib/applications/types";

type TRow = { key: TEventKey | null; event: TStageEvent; patch: TEventPatch };

export type TDraft = { rows: TRow[]; removed: TEventKey[]; withdrawnAt: Date | null };

function keyOf(event: TStageEvent): TEventKey {
  return event.id === undefined ? { position: event.position } : { id: event.id, position: event.position };
}

function sameDate(a: Date | null | undefined, b: Date | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.getTime() === b.getTime();
}

export function isValidDate(value: Date | null | undefined): boolean {
  return value === null || value === undefined || (value instanceof Date && !Number.isNaN(value.getTime()));
}

export function createDraft(events: readonly TStageEvent[], withdrawnAt: Date | null): TDraft {
  const rows = sortEvents(events).map((event) => ({ key: keyOf(event), event: { ...event }, patch: {} }));
  return { rows, removed: [], withdrawnAt };
}

/** Changes fields of a row, recording only what actually differs. */
export function patchRow(row: TRow, patch: TEventPatch): void {
  if (patch.result !== undefined && patch.result !== row.event.result) {
    row.event = { ...row.event, result: patch.result };
    if (row.key) row.patch.result = patch.result;
  }
  if (patch.happenedAt !== undefined && !sameDate(patch.happenedAt, row.event.happenedAt)) {
    row.event = { ...row.event, happenedAt: patch.happenedAt };
    if (row.key) row.patch.happenedAt = patch.happenedAt;
  }
}

/** Marks every PENDING step as PASSED: moving on means the earlier steps were passed. */
export function passPending(draft: TDraft): void {
  for (const row of draft.rows) {
    if (row.event.result === EventResult.PENDING) patchRow(row, { result: EventResult.PASSED });
  }
}

export function appendEvent(draft: TDraft, event: Omit<TNewStageEvent, "position">): void {
  const last = draft.rows.reduce((max, row) => Math.max(max, row.event.position), -1);
  const created: TStageEvent = { ...event, position: last + 1 };
  draft.rows.push({ key: null, event: created, patch: {} });
}

export function removeRow(draft: TDraft, row: TRow): void {
  draft.rows = draft.rows.filter((candidate) => candidate !== row);
  if (row.key) draft.removed.push(row.key);
}

/** When a step that gets a result happened: as recorded, else its scheduled time if past, else now. */
export function settledAt(event: TStageEvent, now: Date): Date {
  if (event.happenedAt) return event.happenedAt;
  if (event.scheduledAt && event.scheduledAt.getTime() <= now.getTime()) return event.scheduledAt;
  return now;
}

/**
 * The bare step markRejected adds when the last step had already passed: FAILED, no label,
 * no schedule, no notes, right after a PASSED step of the same stage. Reopen deletes it.
 */
export function isBareRejection(draft: TDraft, index: number): boolean {
  const row = draft.rows[index];
  const previous = draft.rows[index - 1];
  if (!row || !previous) return false;
  const event = row.event;
  return (
    event.result === EventResult.FAILED &&
    event.label === "" &&
    event.scheduledAt === null &&
    (event.notes ?? "") === "" &&
    previous.event.stage === event.stage &&
    previous.event.result === EventResult.PASSED &&
    event.stage !== Stage.TO_APPLY
  );
}

function sameState(a: TApplicationState, b: TApplicationState): boolean {
  return (
    a.stage === b.stage &&
    a.outcome === b.outcome &&
    sameDate(a.closedAt, b.closedAt) &&
    sameDate(a.appliedAt, b.appliedAt)
  );
}

export function finishDraft(draft: TDraft, before: TApplicationState): TMovePlan {
  const create: TNewStageEvent[] = [];
  const update: TEventUpdate[] = [];
  for (const row of draft.rows) {
    const { event } = row;
    if (!row.key) {
      create.push({
        position: event.position,
        stage: event.stage,
        label: event.label,
        scheduledAt: event.scheduledAt,
        happenedAt: event.happenedAt,
        result: event.result,
      });
    } else if (Object.keys(row.patch).length > 0) {
      update.push({ ...row.key, set: row.patch });
    }
  }
  const events = draft.rows.map((row) => row.event);
  const state = deriveApplicationState(events, { withdrawnAt: draft.withdrawnAt });
  const changed = create.length + update.length + draft.removed.length > 0 || !sameState(state, before);
  return { ok: true, create, update, remove: draft.removed, events, state, changed };
}
