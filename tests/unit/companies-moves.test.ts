import { describe, expect, it } from "vitest";

import { BOARD_COLUMNS, deriveApplicationState, planDropOnColumn, planMove, withdrawnAtOf, type TMoveCommand } from "@/lib/applications/stage-machine";
import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { companies as en } from "@/lib/i18n/messages/en/companies";
import { companies as zh } from "@/lib/i18n/messages/zh/companies";

import { NOW, ev, snap } from "./applications/event-fixtures";

// Every command in every kind of state, as a table: allowed (ok) or the refusal code. The
// companies page and the board offer exactly these moves, and show these messages.
const STATES = {
  toApply: snap([]),
  applied: snap([ev(0, Stage.APPLIED)]),
  interview: snap([ev(0, Stage.APPLIED, { result: EventResult.PASSED }), ev(1, Stage.INTERVIEW)]),
  offer: snap([ev(0, Stage.APPLIED, { result: EventResult.PASSED }), ev(1, Stage.OFFER, { result: EventResult.PASSED })]),
  rejected: snap([ev(0, Stage.APPLIED, { result: EventResult.FAILED })]),
  withdrawn: snap([ev(0, Stage.APPLIED)], Outcome.WITHDRAWN, NOW),
} as const;

const COMMANDS: Record<string, TMoveCommand> = {
  apply: { type: "advance", stage: Stage.APPLIED },
  writtenTest: { type: "advance", stage: Stage.WRITTEN_TEST, scheduledAt: new Date("2026-04-03T11:00:00Z") },
  nextRound: { type: "advance", stage: Stage.INTERVIEW, label: "二面" },
  passFirst: { type: "recordResult", position: 0, result: EventResult.PASSED },
  offer: { type: "markOffer" },
  reject: { type: "markRejected" },
  withdraw: { type: "withdraw" },
  reopen: { type: "reopen" },
};

const EXPECTED: Record<keyof typeof STATES, Record<keyof typeof COMMANDS, string>> = {
  toApply: { apply: "ok", writtenTest: "ok", nextRound: "ok", passFirst: "EVENT_NOT_FOUND", offer: "ok", reject: "NOT_APPLIED", withdraw: "ok", reopen: "NOT_CLOSED" },
  applied: { apply: "SAME_STAGE", writtenTest: "ok", nextRound: "ok", passFirst: "ok", offer: "ok", reject: "ok", withdraw: "ok", reopen: "NOT_CLOSED" },
  interview: { apply: "BACKWARD", writtenTest: "BACKWARD", nextRound: "ok", passFirst: "ok", offer: "ok", reject: "ok", withdraw: "ok", reopen: "NOT_CLOSED" },
  offer: { apply: "OFFER_FINAL", writtenTest: "OFFER_FINAL", nextRound: "OFFER_FINAL", passFirst: "ok", offer: "ALREADY_OFFER", reject: "OFFER_FINAL", withdraw: "ok", reopen: "NOT_CLOSED" },
  rejected: { apply: "CLOSED", writtenTest: "CLOSED", nextRound: "CLOSED", passFirst: "CLOSED", offer: "CLOSED", reject: "ALREADY_REJECTED", withdraw: "CLOSED", reopen: "ok" },
  withdrawn: { apply: "CLOSED", writtenTest: "CLOSED", nextRound: "CLOSED", passFirst: "CLOSED", offer: "CLOSED", reject: "CLOSED", withdraw: "ALREADY_WITHDRAWN", reopen: "ok" },
};

describe("every move in every state", () => {
  for (const [state, snapshot] of Object.entries(STATES) as [keyof typeof STATES, (typeof STATES)[keyof typeof STATES]][]) {
    it(`${state}: allows and refuses exactly the expected moves`, () => {
      const actual = Object.fromEntries(
        Object.entries(COMMANDS).map(([name, command]) => {
          const result = planMove(snapshot, command, NOW);
          return [name, result.ok ? "ok" : result.code];
        }),
      );
      expect(actual).toEqual(EXPECTED[state]);
    });
  }

  it("has a message in both languages for every refusal the UI can show", () => {
    for (const code of Object.keys(zh.moves) as (keyof typeof zh.moves)[]) {
      expect(zh.moves[code].length).toBeGreaterThan(0);
      expect(en.moves[code].length).toBeGreaterThan(0);
    }
    expect(Object.keys(en.newApplication)).toEqual(Object.keys(zh.newApplication));
  });

  it("every board drop either refuses with a known code or plans a move the stage machine accepts", () => {
    for (const snapshot of Object.values(STATES)) {
      const row = deriveApplicationState(snapshot.events, { withdrawnAt: withdrawnAtOf(snapshot, NOW) });
      for (const column of BOARD_COLUMNS) {
        const drop = planDropOnColumn(row, column);
        if (!drop.ok) {
          expect(zh.moves[drop.code]).toBeTruthy();
          continue;
        }
        if (drop.kind === "none") continue;
        const command = drop.command.type === "advance" && drop.needsDate ? { ...drop.command, scheduledAt: NOW } : drop.command;
        expect(planMove(snapshot, command, NOW).ok).toBe(true);
      }
    }
  });
});
