// The board by stage: which column an application sits in, and what dropping it on a column means.

import { Outcome, Stage } from "@/lib/generated/prisma/enums";
import { moveError } from "@/lib/applications/messages";
import { DATED_STAGES, OUTCOME_LABELS, STAGE_LABELS, STAGE_ORDER, compareStages } from "@/lib/applications/stages";
import type { TLocale } from "@/lib/i18n/config";
import type { TApplicationState, TMoveCommand, TMoveError } from "@/lib/applications/types";

export type TBoardColumn = Stage | "REJECTED";

/** Columns left to right: 待投递 / 投递 / 测评 / 笔试 / 面试 / offer / 挂. */
export const BOARD_COLUMNS: readonly TBoardColumn[] = [...STAGE_ORDER, "REJECTED"];

/** The stage labels (stages.ts) plus 挂 from the outcome labels. */
export const BOARD_COLUMN_LABELS: Record<TLocale, Record<TBoardColumn, string>> = {
  zh: { ...STAGE_LABELS.zh, REJECTED: OUTCOME_LABELS.zh.REJECTED },
  en: { ...STAGE_LABELS.en, REJECTED: OUTCOME_LABELS.en.REJECTED },
};

type TBoardState = Pick<TApplicationState, "stage" | "outcome">;

/**
 * The column an application sits in: REJECTED → 挂, OFFER → offer, ACTIVE → its stage.
 * WITHDRAWN (放弃, including a declined offer) is on no column: null; the table still lists it.
 */
export function boardColumnFor(application: TBoardState): TBoardColumn | null {
  switch (application.outcome) {
    case Outcome.REJECTED:
      return "REJECTED";
    case Outcome.WITHDRAWN:
      return null;
    case Outcome.OFFER:
      return Stage.OFFER;
    case Outcome.ACTIVE:
      return application.stage;
  }
}

export type TDropPlan =
  /** Dropped where it already is (reordering within a column): nothing to do. */
  | { ok: true; kind: "none" }
  /** Run `command` through planMove; when needsDate, ask for the date and time first. */
  | { ok: true; kind: "move"; command: TMoveCommand; needsDate: boolean }
  | TMoveError;

/**
 * What dropping a card on `column` means:
 * - active → a later stage column: advance (needsDate for 笔试 and 面试); an earlier one: BACKWARD;
 * - active → offer: markOffer; active → 挂: markRejected (not from 待投递: NOT_APPLIED);
 * - offer → 挂: OFFER_FINAL (to decline, withdraw); offer → any stage column: BACKWARD;
 * - 挂 or withdrawn → the column of the stage it ended at: reopen; elsewhere: REOPEN_FIRST.
 * The command still goes through planMove, which checks it against the events.
 */
export function planDropOnColumn(application: TBoardState, column: TBoardColumn): TDropPlan {
  const from = boardColumnFor(application);
  if (from === column) return { ok: true, kind: "none" };

  if (application.outcome === Outcome.REJECTED || application.outcome === Outcome.WITHDRAWN) {
    if (column === application.stage) return { ok: true, kind: "move", command: { type: "reopen" }, needsDate: false };
    return moveError("REOPEN_FIRST");
  }
  if (application.outcome === Outcome.OFFER) {
    return moveError(column === "REJECTED" ? "OFFER_FINAL" : "BACKWARD");
  }
  if (column === "REJECTED") {
    if (application.stage === Stage.TO_APPLY) return moveError("NOT_APPLIED");
    return { ok: true, kind: "move", command: { type: "markRejected" }, needsDate: false };
  }
  if (column === Stage.OFFER) return { ok: true, kind: "move", command: { type: "markOffer" }, needsDate: false };
  if (compareStages(column, application.stage) < 0) return moveError("BACKWARD");
  return {
    ok: true,
    kind: "move",
    command: { type: "advance", stage: column },
    needsDate: DATED_STAGES.includes(column),
  };
}
