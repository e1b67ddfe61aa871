// Types shared by the stage machine, the board and the revival (复活甲) rule.

import type { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";

/** The fields of a StageEvent the machine reads. Prisma rows fit as they are (extra fields are kept). */
export type TStageEvent = {
  id?: string;
  position: number;
  stage: Stage;
  label: string;
  scheduledAt: Date | null;
  happenedAt: Date | null;
  result: EventResult;
  notes?: string;
};

/** An event the machine asks the caller to insert. */
export type TNewStageEvent = Omit<TStageEvent, "id" | "notes">;

/** Which existing event a change is about: its id when it has one, and always its position. */
export type TEventKey = { id?: string; position: number };
export type TEventPatch = { result?: EventResult; happenedAt?: Date | null };
export type TEventUpdate = TEventKey & { set: TEventPatch };

/** What an application's row stores, all derived from its events (plus an explicit withdrawal). */
export type TApplicationState = {
  stage: Stage;
  outcome: Outcome;
  closedAt: Date | null;
  appliedAt: Date | null;
};

/** What planMove needs: the events and, for a withdrawal, the stored outcome and closedAt. */
export type TApplicationSnapshot = {
  events: readonly TStageEvent[];
  outcome: Outcome;
  closedAt: Date | null;
};

/** Reference to an event by id or by position, as a form or the board knows it. */
type TEventRef = { eventId: string; position?: undefined } | { position: number; eventId?: undefined };

export type TMoveCommand =
  | {
      type: "advance";
      stage: Stage;
      label?: string;
      scheduledAt?: Date | null;
      /** When it already happened; defaults to now for APPLIED without scheduledAt, else null. */
      happenedAt?: Date | null;
    }
  | ({ type: "recordResult"; result: EventResult } & TEventRef)
  | { type: "markOffer"; label?: string }
  | { type: "markRejected" }
  | { type: "withdraw" }
  | { type: "reopen" };

export type TMoveErrorCode =
  | "CLOSED"
  | "ALREADY_REJECTED"
  | "ALREADY_WITHDRAWN"
  | "NOT_CLOSED"
  | "OFFER_FINAL"
  | "ALREADY_OFFER"
  | "BACKWARD"
  | "SAME_STAGE"
  | "INVALID_STAGE"
  | "INVALID_DATE"
  | "EVENT_NOT_FOUND"
  | "FAILED_NOT_LAST"
  | "NOT_APPLIED"
  | "REOPEN_FIRST";

/** A refused move; the dictionaries say why (companies.moves.<code>). */
export type TMoveError = { ok: false; code: TMoveErrorCode };

export type TMovePlan = {
  ok: true;
  /** Events to insert, positions already chosen (after the current last one). */
  create: TNewStageEvent[];
  /** Existing events to change. */
  update: TEventUpdate[];
  /** Existing events to delete (only reopen removes the bare event a rejection added). */
  remove: TEventKey[];
  /** The full event list after the move, ordered by position. */
  events: TStageEvent[];
  /** The application's new derived state: write it to the row (and bump version). */
  state: TApplicationState;
  /** False when the move changes nothing (e.g. recording the result an event already has). */
  changed: boolean;
};

export type TMoveResult = TMovePlan | TMoveError;
