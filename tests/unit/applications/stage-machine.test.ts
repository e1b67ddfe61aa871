import { describe, expect, it } from "vitest";
import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { planMove, type TMoveCommand } from "@/lib/applications/stage-machine";
import { NOW, applied, at, ev, interviewing, ok, refused, rejectedAtTest, snap, withOffer } from "./event-fixtures";

const { TO_APPLY, APPLIED, ASSESSMENT, WRITTEN_TEST, INTERVIEW, OFFER } = Stage;
const { PENDING, PASSED, FAILED } = EventResult;

describe("advance", () => {
  it("applies from 待投递: an APPLIED event stamped now, pending", () => {
    const plan = ok(planMove(snap([]), { type: "advance", stage: APPLIED }, NOW));
    expect(plan.create).toEqual([
      { position: 0, stage: APPLIED, label: "", scheduledAt: null, happenedAt: NOW, result: PENDING },
    ]);
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.state).toEqual({ stage: APPLIED, outcome: Outcome.ACTIVE, closedAt: null, appliedAt: NOW });
    expect(plan.changed).toBe(true);
  });

  it("keeps an explicit happenedAt, and leaves it empty when applying is only scheduled", () => {
    const past = at("2026-03-06T00:00:00Z");
    expect(ok(planMove(snap([]), { type: "advance", stage: APPLIED, happenedAt: past }, NOW)).state.appliedAt).toEqual(past);
    const later = at("2026-04-05T00:00:00Z");
    const plan = ok(planMove(snap([]), { type: "advance", stage: APPLIED, scheduledAt: later }, NOW));
    expect(plan.create[0]).toMatchObject({ scheduledAt: later, happenedAt: null });
    expect(plan.state.appliedAt).toEqual(later);
  });

  it("moves forward one stage and passes the pending step before it", () => {
    const plan = ok(planMove(snap(applied()), { type: "advance", stage: ASSESSMENT }, NOW));
    expect(plan.update).toEqual([{ id: "e0", position: 0, set: { result: PASSED } }]);
    expect(plan.create).toEqual([
      { position: 1, stage: ASSESSMENT, label: "", scheduledAt: null, happenedAt: null, result: PENDING },
    ]);
    expect(plan.state.stage).toBe(ASSESSMENT);
    expect(plan.events.map((e) => [e.stage, e.result])).toEqual([
      [APPLIED, PASSED],
      [ASSESSMENT, PENDING],
    ]);
  });

  it("skips stages (投递 → 笔试, companies skip 测评) with the date and time", () => {
    const when = at("2026-04-01T11:00:00Z");
    const plan = ok(planMove(snap(applied()), { type: "advance", stage: WRITTEN_TEST, scheduledAt: when }, NOW));
    expect(plan.create[0]).toMatchObject({ stage: WRITTEN_TEST, scheduledAt: when, happenedAt: null, result: PENDING });
    expect(plan.state).toMatchObject({ stage: WRITTEN_TEST, outcome: Outcome.ACTIVE });
  });

  it("skips straight from 待投递 to 测评 (no 投递 step in the notes)", () => {
    const plan = ok(planMove(snap([]), { type: "advance", stage: ASSESSMENT }, NOW));
    expect(plan.state).toEqual({ stage: ASSESSMENT, outcome: Outcome.ACTIVE, closedAt: null, appliedAt: null });
  });

  it("adds a new round within 面试 (一面 → 二面), passing 一面, with a trimmed label", () => {
    const when = at("2026-04-03T06:00:00Z");
    const plan = ok(planMove(snap(interviewing()), { type: "advance", stage: INTERVIEW, label: " 二面 ", scheduledAt: when }, NOW));
    expect(plan.update).toEqual([{ id: "e2", position: 2, set: { result: PASSED } }]);
    expect(plan.create).toEqual([
      { position: 3, stage: INTERVIEW, label: "二面", scheduledAt: when, happenedAt: null, result: PENDING },
    ]);
    expect(plan.state.stage).toBe(INTERVIEW);
  });

  it.each([ASSESSMENT, WRITTEN_TEST])("allows another round of %s", (stage) => {
    const plan = ok(planMove(snap([ev(0, stage)]), { type: "advance", stage }, NOW));
    expect(plan.create[0]?.position).toBe(1);
    expect(plan.state.stage).toBe(stage);
  });

  it("refuses a second 投递 (no rounds there)", () => {
    refused(planMove(snap(applied()), { type: "advance", stage: APPLIED }, NOW), "SAME_STAGE");
  });

  it.each([
    [INTERVIEW, WRITTEN_TEST],
    [INTERVIEW, APPLIED],
    [WRITTEN_TEST, ASSESSMENT],
    [ASSESSMENT, APPLIED],
  ])("refuses to go back from %s to %s", (from, to) => {
    refused(planMove(snap([ev(0, from)]), { type: "advance", stage: to }, NOW), "BACKWARD");
  });

  it("refuses 待投递 as a target", () => {
    refused(planMove(snap([]), { type: "advance", stage: TO_APPLY }, NOW), "INVALID_STAGE");
    refused(planMove(snap(applied()), { type: "advance", stage: TO_APPLY }, NOW), "INVALID_STAGE");
  });

  it("refuses an invalid date", () => {
    const bad = new Date("not a date");
    refused(planMove(snap(applied()), { type: "advance", stage: INTERVIEW, scheduledAt: bad }, NOW), "INVALID_DATE");
    refused(planMove(snap(applied()), { type: "advance", stage: INTERVIEW, happenedAt: bad }, NOW), "INVALID_DATE");
  });

  it("treats advancing to OFFER as markOffer", () => {
    const plan = ok(planMove(snap(interviewing()), { type: "advance", stage: OFFER, label: "意向书" }, NOW));
    expect(plan.create).toEqual([
      { position: 3, stage: OFFER, label: "意向书", scheduledAt: null, happenedAt: NOW, result: PASSED },
    ]);
    expect(plan.state).toMatchObject({ stage: OFFER, outcome: Outcome.OFFER, closedAt: NOW });
  });

  it("refuses to advance a closed application or an offer", () => {
    const cmd: TMoveCommand = { type: "advance", stage: INTERVIEW };
    refused(planMove(snap(rejectedAtTest()), cmd, NOW), "CLOSED");
    refused(planMove(snap(applied(), Outcome.WITHDRAWN, NOW), cmd, NOW), "CLOSED");
    refused(planMove(snap(withOffer()), cmd, NOW), "OFFER_FINAL");
  });

  it("does not mutate the input events", () => {
    const events = applied();
    const copy = structuredClone(events);
    planMove(snap(events), { type: "advance", stage: INTERVIEW }, NOW);
    expect(events).toEqual(copy);
  });

  it("orders events by position, whatever the input order", () => {
    const events = interviewing().reverse();
    const plan = ok(planMove(snap(events), { type: "advance", stage: INTERVIEW, label: "二面" }, NOW));
    expect(plan.events.map((e) => e.position)).toEqual([0, 1, 2, 3]);
  });
});

describe("recordResult", () => {
  it("passes a step by id, stamping happenedAt with its past scheduled time", () => {
    const plan = ok(planMove(snap(interviewing()), { type: "recordResult", eventId: "e2", result: PASSED }, NOW));
    expect(plan.update).toEqual([
      { id: "e2", position: 2, set: { result: PASSED, happenedAt: at("2026-03-20T02:00:00Z") } },
    ]);
    expect(plan.state.outcome).toBe(Outcome.ACTIVE);
  });

  it("stamps now when the step was scheduled in the future or never", () => {
    const events = [ev(0, APPLIED, { result: PASSED }), ev(1, INTERVIEW, { scheduledAt: at("2026-05-01T00:00:00Z") })];
    const plan = ok(planMove(snap(events), { type: "recordResult", position: 1, result: PASSED }, NOW));
    expect(plan.update[0]?.set).toEqual({ result: PASSED, happenedAt: NOW });
  });

  it("fails the last step: REJECTED at its stage", () => {
    const plan = ok(planMove(snap(interviewing()), { type: "recordResult", position: 2, result: FAILED }, NOW));
    expect(plan.state).toEqual({
      stage: INTERVIEW,
      outcome: Outcome.REJECTED,
      closedAt: at("2026-03-20T02:00:00Z"),
      appliedAt: at("2026-03-01T00:00:00Z"),
    });
  });

  it("refuses FAILED on a step that has steps after it", () => {
    refused(planMove(snap(interviewing()), { type: "recordResult", eventId: "e1", result: FAILED }, NOW), "FAILED_NOT_LAST");
  });

  it("sets a passed step back to pending without touching happenedAt", () => {
    const events = [ev(0, APPLIED, { result: PASSED, happenedAt: at("2026-03-01T00:00:00Z") })];
    const plan = ok(planMove(snap(events), { type: "recordResult", eventId: "e0", result: PENDING }, NOW));
    expect(plan.update).toEqual([{ id: "e0", position: 0, set: { result: PENDING } }]);
  });

  it("is a no-op when the step already has that result", () => {
    const plan = ok(planMove(snap(applied()), { type: "recordResult", eventId: "e0", result: PENDING }, NOW));
    expect(plan).toMatchObject({ create: [], update: [], remove: [], changed: false });
  });

  it("refuses an unknown step", () => {
    refused(planMove(snap(applied()), { type: "recordResult", eventId: "nope", result: PASSED }, NOW), "EVENT_NOT_FOUND");
    refused(planMove(snap(applied()), { type: "recordResult", position: 7, result: PASSED }, NOW), "EVENT_NOT_FOUND");
  });

  it("refuses on closed applications, and FAILED once there is an offer", () => {
    refused(planMove(snap(rejectedAtTest()), { type: "recordResult", eventId: "e0", result: PENDING }, NOW), "CLOSED");
    refused(planMove(snap(applied(), Outcome.WITHDRAWN, NOW), { type: "recordResult", eventId: "e0", result: PASSED }, NOW), "CLOSED");
    refused(planMove(snap(withOffer()), { type: "recordResult", eventId: "e3", result: FAILED }, NOW), "OFFER_FINAL");
    const backfill = ok(planMove(snap(withOffer()), { type: "recordResult", eventId: "e1", result: PENDING }, NOW));
    expect(backfill.state.outcome).toBe(Outcome.OFFER);
  });

  it("refuses FAILED on a 待投递 step", () => {
    refused(planMove(snap([ev(0, TO_APPLY)]), { type: "recordResult", position: 0, result: FAILED }, NOW), "NOT_APPLIED");
  });
});
