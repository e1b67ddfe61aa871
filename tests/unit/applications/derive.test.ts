import { describe, expect, it } from "vitest";
import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import {
  countRounds,
  deriveApplicationState,
  sortEvents,
  withdrawnAtOf,
} from "@/lib/applications/stage-machine";
import { NOW, at, ev, snap } from "./event-fixtures";

const { TO_APPLY, APPLIED, ASSESSMENT, WRITTEN_TEST, INTERVIEW, OFFER } = Stage;
const { PENDING, PASSED, FAILED } = EventResult;

describe("deriveApplicationState", () => {
  it("no events: 待投递, active, no dates", () => {
    expect(deriveApplicationState([])).toEqual({ stage: TO_APPLY, outcome: Outcome.ACTIVE, closedAt: null, appliedAt: null });
  });

  it("stage is the furthest stage reached, appliedAt the first step's date", () => {
    const applied = at("2026-03-01T00:00:00Z");
    const state = deriveApplicationState([
      ev(0, APPLIED, { result: PASSED, happenedAt: applied }),
      ev(1, ASSESSMENT, { result: PASSED }),
      ev(2, WRITTEN_TEST, { scheduledAt: at("2026-04-01T11:00:00Z") }),
    ]);
    expect(state).toEqual({ stage: WRITTEN_TEST, outcome: Outcome.ACTIVE, closedAt: null, appliedAt: applied });
  });

  it("sorts by position before deriving", () => {
    const events = [ev(2, INTERVIEW, { result: FAILED, happenedAt: NOW }), ev(0, APPLIED), ev(1, WRITTEN_TEST, { result: PASSED })];
    expect(deriveApplicationState(events)).toMatchObject({ stage: INTERVIEW, outcome: Outcome.REJECTED });
  });

  it("appliedAt falls back to scheduledAt, skips 待投递 steps, and is null without dates", () => {
    const planned = at("2026-03-05T00:00:00Z");
    expect(deriveApplicationState([ev(0, TO_APPLY, { scheduledAt: at("2026-02-01T00:00:00Z") }), ev(1, APPLIED, { scheduledAt: planned })]).appliedAt).toEqual(planned);
    expect(deriveApplicationState([ev(0, APPLIED)]).appliedAt).toBeNull();
    expect(deriveApplicationState([ev(0, TO_APPLY)])).toMatchObject({ stage: TO_APPLY, appliedAt: null });
  });

  it("a FAILED last step: REJECTED at that step's stage, closed at its date (北森：测评—挂)", () => {
    const failedAt = at("2026-03-08T00:00:00Z");
    const state = deriveApplicationState([ev(0, ASSESSMENT, { result: FAILED, happenedAt: failedAt })]);
    expect(state).toEqual({ stage: ASSESSMENT, outcome: Outcome.REJECTED, closedAt: failedAt, appliedAt: failedAt });
  });

  it("a FAILED step without dates closes with closedAt null (饿了吗：投递—笔试—挂)", () => {
    const state = deriveApplicationState([ev(0, APPLIED, { result: PASSED }), ev(1, WRITTEN_TEST, { result: FAILED })]);
    expect(state).toEqual({ stage: WRITTEN_TEST, outcome: Outcome.REJECTED, closedAt: null, appliedAt: null });
  });

  it("a failed step followed by later steps does not reject: the process went on", () => {
    const state = deriveApplicationState([ev(0, WRITTEN_TEST, { result: FAILED }), ev(1, INTERVIEW)]);
    expect(state).toMatchObject({ stage: INTERVIEW, outcome: Outcome.ACTIVE, closedAt: null });
  });

  it("an OFFER step: OFFER, closed at the offer's date", () => {
    const offerAt = at("2026-03-30T00:00:00Z");
    const state = deriveApplicationState([ev(0, INTERVIEW, { result: PASSED }), ev(1, OFFER, { happenedAt: offerAt, result: PASSED })]);
    expect(state).toMatchObject({ stage: OFFER, outcome: Outcome.OFFER, closedAt: offerAt });
    expect(deriveApplicationState([ev(0, OFFER, { result: PENDING })]).outcome).toBe(Outcome.OFFER);
  });

  it("a FAILED offer step (rescinded) is a rejection at OFFER", () => {
    expect(deriveApplicationState([ev(0, INTERVIEW, { result: PASSED }), ev(1, OFFER, { result: FAILED })])).toMatchObject({
      stage: OFFER,
      outcome: Outcome.REJECTED,
    });
  });

  it("withdrawnAt wins over everything and keeps the stage reached", () => {
    const withdrawn = at("2026-03-22T00:00:00Z");
    expect(deriveApplicationState([ev(0, APPLIED), ev(1, INTERVIEW)], { withdrawnAt: withdrawn })).toMatchObject({
      stage: INTERVIEW,
      outcome: Outcome.WITHDRAWN,
      closedAt: withdrawn,
    });
    expect(deriveApplicationState([ev(0, OFFER, { result: PASSED })], { withdrawnAt: withdrawn }).outcome).toBe(Outcome.WITHDRAWN);
    expect(deriveApplicationState([], { withdrawnAt: null }).outcome).toBe(Outcome.ACTIVE);
  });
});

describe("withdrawnAtOf", () => {
  it("uses closedAt only for a WITHDRAWN row, and now when it is missing", () => {
    const closed = at("2026-03-02T00:00:00Z");
    expect(withdrawnAtOf({ outcome: Outcome.WITHDRAWN, closedAt: closed }, NOW)).toEqual(closed);
    expect(withdrawnAtOf({ outcome: Outcome.WITHDRAWN, closedAt: null }, NOW)).toEqual(NOW);
    expect(withdrawnAtOf({ outcome: Outcome.REJECTED, closedAt: closed }, NOW)).toBeNull();
    expect(withdrawnAtOf({ outcome: Outcome.ACTIVE, closedAt: null }, NOW)).toBeNull();
  });

  it("ignores a stored outcome that the events contradict (events win, except a withdrawal)", () => {
    const derive = (snapshot: ReturnType<typeof snap>) =>
      deriveApplicationState(snapshot.events, { withdrawnAt: withdrawnAtOf(snapshot, NOW) });
    expect(derive(snap([ev(0, APPLIED)], Outcome.REJECTED, NOW))).toMatchObject({ outcome: Outcome.ACTIVE, closedAt: null });
    expect(derive(snap([ev(0, APPLIED)], Outcome.WITHDRAWN, NOW))).toMatchObject({ outcome: Outcome.WITHDRAWN, closedAt: NOW });
  });
});

describe("sortEvents / countRounds", () => {
  it("sorts by position, stable on ties, without mutating", () => {
    const input = [ev(2, INTERVIEW, { label: "b" }), ev(1, APPLIED), ev(2, INTERVIEW, { label: "c" })];
    expect(sortEvents(input).map((e) => e.label || e.position)).toEqual([1, "b", "c"]);
    expect(input[0]?.position).toBe(2);
  });

  it("counts rounds of a stage", () => {
    expect(countRounds([ev(0, APPLIED), ev(1, INTERVIEW), ev(2, INTERVIEW)], INTERVIEW)).toBe(2);
    expect(countRounds([], INTERVIEW)).toBe(0);
  });
});
