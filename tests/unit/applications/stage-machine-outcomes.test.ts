import { describe, expect, it } from "vitest";
import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { planMove, type TMoveCommand } from "@/lib/applications/stage-machine";
import { NOW, applied, at, ev, interviewing, ok, refused, rejectedAtTest, snap, withOffer } from "./event-fixtures";

const { TO_APPLY, APPLIED, WRITTEN_TEST, INTERVIEW, OFFER } = Stage;
const { PENDING, PASSED, FAILED } = EventResult;

describe("markOffer", () => {
  it("adds a passed OFFER step now and passes what was pending", () => {
    const plan = ok(planMove(snap(interviewing()), { type: "markOffer" }, NOW));
    expect(plan.update).toEqual([{ id: "e2", position: 2, set: { result: PASSED } }]);
    expect(plan.create).toEqual([{ position: 3, stage: OFFER, label: "", scheduledAt: null, happenedAt: NOW, result: PASSED }]);
    expect(plan.state).toEqual({ stage: OFFER, outcome: Outcome.OFFER, closedAt: NOW, appliedAt: at("2026-03-01T00:00:00Z") });
  });

  it("works from any active stage, even 待投递", () => {
    expect(ok(planMove(snap([]), { type: "markOffer" }, NOW)).state.outcome).toBe(Outcome.OFFER);
  });

  it("refuses twice, and on closed applications", () => {
    refused(planMove(snap(withOffer()), { type: "markOffer" }, NOW), "ALREADY_OFFER");
    refused(planMove(snap(rejectedAtTest()), { type: "markOffer" }, NOW), "CLOSED");
    refused(planMove(snap(applied(), Outcome.WITHDRAWN, NOW), { type: "markOffer" }, NOW), "CLOSED");
  });
});

describe("markRejected", () => {
  it("fails the pending last step at the current stage", () => {
    const plan = ok(planMove(snap(interviewing()), { type: "markRejected" }, NOW));
    expect(plan.create).toEqual([]);
    expect(plan.update).toEqual([
      { id: "e2", position: 2, set: { result: FAILED, happenedAt: at("2026-03-20T02:00:00Z") } },
    ]);
    expect(plan.state).toMatchObject({ stage: INTERVIEW, outcome: Outcome.REJECTED, closedAt: at("2026-03-20T02:00:00Z") });
  });

  it("adds a bare failed step when the last step had passed", () => {
    const events = [ev(0, APPLIED, { result: PASSED }), ev(1, INTERVIEW, { label: "一面", result: PASSED, happenedAt: at("2026-03-20T00:00:00Z") })];
    const plan = ok(planMove(snap(events), { type: "markRejected" }, NOW));
    expect(plan.update).toEqual([]);
    expect(plan.create).toEqual([{ position: 2, stage: INTERVIEW, label: "", scheduledAt: null, happenedAt: NOW, result: FAILED }]);
    expect(plan.state).toMatchObject({ stage: INTERVIEW, outcome: Outcome.REJECTED, closedAt: NOW });
  });

  it("refuses before applying, twice, after withdrawing, and on an offer", () => {
    refused(planMove(snap([]), { type: "markRejected" }, NOW), "NOT_APPLIED");
    refused(planMove(snap([ev(0, TO_APPLY)]), { type: "markRejected" }, NOW), "NOT_APPLIED");
    refused(planMove(snap(rejectedAtTest()), { type: "markRejected" }, NOW), "ALREADY_REJECTED");
    refused(planMove(snap(applied(), Outcome.WITHDRAWN, NOW), { type: "markRejected" }, NOW), "CLOSED");
    refused(planMove(snap(withOffer()), { type: "markRejected" }, NOW), "OFFER_FINAL");
  });
});

describe("withdraw", () => {
  it("closes an active application now and keeps its events", () => {
    const plan = ok(planMove(snap(interviewing()), { type: "withdraw" }, NOW));
    expect(plan).toMatchObject({ create: [], update: [], remove: [], changed: true });
    expect(plan.state).toEqual({ stage: INTERVIEW, outcome: Outcome.WITHDRAWN, closedAt: NOW, appliedAt: at("2026-03-01T00:00:00Z") });
  });

  it("declines an offer (OFFER → WITHDRAWN at the OFFER stage)", () => {
    expect(ok(planMove(snap(withOffer()), { type: "withdraw" }, NOW)).state).toMatchObject({ stage: OFFER, outcome: Outcome.WITHDRAWN });
  });

  it("gives up before applying", () => {
    expect(ok(planMove(snap([]), { type: "withdraw" }, NOW)).state).toMatchObject({ stage: TO_APPLY, outcome: Outcome.WITHDRAWN });
  });

  it("refuses twice and after a rejection", () => {
    refused(planMove(snap(applied(), Outcome.WITHDRAWN, at("2026-03-02T00:00:00Z")), { type: "withdraw" }, NOW), "ALREADY_WITHDRAWN");
    refused(planMove(snap(rejectedAtTest()), { type: "withdraw" }, NOW), "CLOSED");
  });
});

describe("reopen", () => {
  it("sets a failed real step back to pending (known by its schedule again): ACTIVE at that stage", () => {
    const plan = ok(planMove(snap(rejectedAtTest(), Outcome.REJECTED, NOW), { type: "reopen" }, NOW));
    expect(plan.update).toEqual([{ id: "e1", position: 1, set: { result: PENDING, happenedAt: null } }]);
    expect(plan.remove).toEqual([]);
    expect(plan.state).toEqual({ stage: WRITTEN_TEST, outcome: Outcome.ACTIVE, closedAt: null, appliedAt: at("2026-03-01T00:00:00Z") });
  });

  it("deletes the bare step markRejected added (round trip)", () => {
    const events = [ev(0, APPLIED, { result: PASSED }), ev(1, INTERVIEW, { label: "一面", result: PASSED })];
    const rejected = ok(planMove(snap(events), { type: "markRejected" }, NOW));
    const stored = rejected.events.map((e, i) => ({ ...e, id: e.id ?? `new${i}` }));
    const plan = ok(planMove(snap(stored, Outcome.REJECTED, NOW), { type: "reopen" }, NOW));
    expect(plan.remove).toEqual([{ id: "new2", position: 2 }]);
    expect(plan.update).toEqual([]);
    expect(plan.events).toEqual(events);
    expect(plan.state).toMatchObject({ stage: INTERVIEW, outcome: Outcome.ACTIVE, closedAt: null });
  });

  it("returns a scheduled step failed by markRejected to exactly what it was (round trip)", () => {
    const events = [ev(0, APPLIED, { result: PASSED }), ev(1, INTERVIEW, { label: "一面", scheduledAt: at("2026-04-08T02:00:00Z") })];
    const rejected = ok(planMove(snap(events), { type: "markRejected" }, NOW));
    const plan = ok(planMove(snap(rejected.events, Outcome.REJECTED, NOW), { type: "reopen" }, NOW));
    expect(plan.events).toEqual(events);
    expect(plan.state).toMatchObject({ stage: INTERVIEW, outcome: Outcome.ACTIVE, closedAt: null });
  });

  it("keeps a failed step that carries a label", () => {
    const events = [ev(0, INTERVIEW, { label: "一面", result: PASSED }), ev(1, INTERVIEW, { label: "二面", result: FAILED })];
    const plan = ok(planMove(snap(events), { type: "reopen" }, NOW));
    expect(plan.remove).toEqual([]);
    expect(plan.update).toEqual([{ id: "e1", position: 1, set: { result: PENDING } }]);
  });

  it("keeps a bare failed step unless it follows a passed step of the same stage", () => {
    const afterOtherStage = [ev(0, APPLIED, { result: PASSED }), ev(1, WRITTEN_TEST, { result: FAILED })];
    expect(ok(planMove(snap(afterOtherStage), { type: "reopen" }, NOW)).update).toEqual([{ id: "e1", position: 1, set: { result: PENDING } }]);
    const afterPending = [ev(0, INTERVIEW), ev(1, INTERVIEW, { result: FAILED })];
    const plan = ok(planMove(snap(afterPending), { type: "reopen" }, NOW));
    expect(plan.remove).toEqual([]);
    expect(plan.update).toEqual([{ id: "e1", position: 1, set: { result: PENDING } }]);
    const withNotes = [ev(0, INTERVIEW, { result: PASSED }), ev(1, INTERVIEW, { result: FAILED, notes: "被刷了" })];
    expect(ok(planMove(snap(withNotes), { type: "reopen" }, NOW)).remove).toEqual([]);
  });

  it("reopens a withdrawn application without touching events", () => {
    const plan = ok(planMove(snap(interviewing(), Outcome.WITHDRAWN, at("2026-03-21T00:00:00Z")), { type: "reopen" }, NOW));
    expect(plan).toMatchObject({ create: [], update: [], remove: [], changed: true });
    expect(plan.state).toMatchObject({ stage: INTERVIEW, outcome: Outcome.ACTIVE, closedAt: null });
  });

  it("refuses on active applications and offers", () => {
    refused(planMove(snap(applied()), { type: "reopen" }, NOW), "NOT_CLOSED");
    refused(planMove(snap(withOffer()), { type: "reopen" }, NOW), "NOT_CLOSED");
  });
});

describe("a whole season (美的：投递—笔试—AI面试—二面—offer)", () => {
  it("chains plans through the events each returns", () => {
    let events = planStep([], { type: "advance", stage: APPLIED });
    events = planStep(events, { type: "advance", stage: WRITTEN_TEST, scheduledAt: at("2026-03-15T11:00:00Z") });
    events = planStep(events, { type: "advance", stage: INTERVIEW, label: "AI面试" });
    events = planStep(events, { type: "advance", stage: INTERVIEW, label: "二面" });
    const final = ok(planMove(snap(events), { type: "markOffer" }, NOW));
    expect(final.events.map((e) => [e.position, e.stage, e.label, e.result])).toEqual([
      [0, APPLIED, "", PASSED],
      [1, WRITTEN_TEST, "", PASSED],
      [2, INTERVIEW, "AI面试", PASSED],
      [3, INTERVIEW, "二面", PASSED],
      [4, OFFER, "", PASSED],
    ]);
    expect(final.state).toEqual({ stage: OFFER, outcome: Outcome.OFFER, closedAt: NOW, appliedAt: NOW });
  });
});

function planStep(events: ReturnType<typeof ev>[], command: TMoveCommand) {
  return ok(planMove(snap(events), command, NOW)).events;
}
