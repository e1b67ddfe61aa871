// Small builders for stage events and snapshots in the stage-machine tests.

import { expect } from "vitest";

import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import type { TApplicationSnapshot, TMoveErrorCode, TMovePlan, TMoveResult, TStageEvent } from "@/lib/applications/stage-machine";

export const NOW = new Date("2026-04-01T08:00:00.000Z");

/** The six stages as the app names them, in pipeline order (待投递 … offer). */
export const STAGE_NAMES = {
  zh: ["待投递", "投递", "测评", "笔试", "面试", "offer"],
  en: ["To apply", "Applied", "Assessment", "Written test", "Interview", "Offer"],
};
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

export function ok(result: TMoveResult): TMovePlan {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result;
}
export function refused(result: TMoveResult, code: TMoveErrorCode) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
}

export const applied = () => [ev(0, Stage.APPLIED, { happenedAt: at("2026-03-01T00:00:00Z") })];
export const interviewing = () => [
  ev(0, Stage.APPLIED, { result: EventResult.PASSED, happenedAt: at("2026-03-01T00:00:00Z") }),
  ev(1, Stage.WRITTEN_TEST, { result: EventResult.PASSED, scheduledAt: at("2026-03-10T11:00:00Z") }),
  ev(2, Stage.INTERVIEW, { label: "一面", scheduledAt: at("2026-03-20T02:00:00Z") }),
];
export const rejectedAtTest = () => [
  ev(0, Stage.APPLIED, { result: EventResult.PASSED, happenedAt: at("2026-03-01T00:00:00Z") }),
  ev(1, Stage.WRITTEN_TEST, { result: EventResult.FAILED, scheduledAt: at("2026-03-10T11:00:00Z"), happenedAt: at("2026-03-10T11:00:00Z") }),
];
export const withOffer = () => [...interviewing().map((e) => ({ ...e, result: EventResult.PASSED })), ev(3, Stage.OFFER, { result: EventResult.PASSED, happenedAt: at("2026-03-25T00:00:00Z") })];
