import { describe, expect, it } from "vitest";
import { Outcome, Stage } from "@/lib/generated/prisma/enums";
import {
  BOARD_COLUMNS,
  BOARD_COLUMN_LABELS,
  boardColumnFor,
  planDropOnColumn,
  planMove,
  type TBoardColumn,
  type TDropPlan,
} from "@/lib/applications/stage-machine";
import { NOW, STAGE_NAMES, ev, snap } from "./event-fixtures";

const { TO_APPLY, APPLIED, ASSESSMENT, WRITTEN_TEST, INTERVIEW, OFFER } = Stage;
const active = (stage: Stage) => ({ stage, outcome: Outcome.ACTIVE });

function refusedWith(plan: TDropPlan): string {
  if (plan.ok) throw new Error(`expected a refusal, got ${plan.kind}`);
  return plan.code;
}

describe("board columns", () => {
  it("has 待投递/投递/测评/笔试/面试/offer/挂 in order, in both languages", () => {
    expect(BOARD_COLUMNS.map((column) => BOARD_COLUMN_LABELS.zh[column])).toEqual([...STAGE_NAMES.zh, "挂"]);
    expect(BOARD_COLUMNS.map((column) => BOARD_COLUMN_LABELS.en[column])).toEqual([...STAGE_NAMES.en, "Rejected"]);
  });

  it.each([TO_APPLY, APPLIED, ASSESSMENT, WRITTEN_TEST, INTERVIEW])("puts an active application at %s in that column", (stage) => {
    expect(boardColumnFor(active(stage))).toBe(stage);
  });

  it("puts offers in offer, rejections in 挂 whatever the stage, withdrawn nowhere", () => {
    expect(boardColumnFor({ stage: OFFER, outcome: Outcome.OFFER })).toBe(OFFER);
    expect(boardColumnFor({ stage: WRITTEN_TEST, outcome: Outcome.REJECTED })).toBe("REJECTED");
    expect(boardColumnFor({ stage: APPLIED, outcome: Outcome.REJECTED })).toBe("REJECTED");
    expect(boardColumnFor({ stage: INTERVIEW, outcome: Outcome.WITHDRAWN })).toBeNull();
  });
});

describe("planDropOnColumn", () => {
  it("does nothing when dropped on its own column", () => {
    expect(planDropOnColumn(active(INTERVIEW), INTERVIEW)).toEqual({ ok: true, kind: "none" });
    expect(planDropOnColumn({ stage: APPLIED, outcome: Outcome.REJECTED }, "REJECTED")).toEqual({ ok: true, kind: "none" });
    expect(planDropOnColumn({ stage: OFFER, outcome: Outcome.OFFER }, OFFER)).toEqual({ ok: true, kind: "none" });
  });

  it.each<[Stage, TBoardColumn, boolean]>([
    [TO_APPLY, APPLIED, false],
    [TO_APPLY, ASSESSMENT, false],
    [APPLIED, ASSESSMENT, false],
    [APPLIED, WRITTEN_TEST, true],
    [ASSESSMENT, WRITTEN_TEST, true],
    [WRITTEN_TEST, INTERVIEW, true],
    [APPLIED, INTERVIEW, true],
  ])("%s → %s advances (asks a date: %s)", (stage, column, needsDate) => {
    expect(planDropOnColumn(active(stage), column)).toEqual({
      ok: true,
      kind: "move",
      command: { type: "advance", stage: column },
      needsDate,
    });
  });

  it("offer column means markOffer, 挂 means markRejected", () => {
    expect(planDropOnColumn(active(INTERVIEW), OFFER)).toEqual({ ok: true, kind: "move", command: { type: "markOffer" }, needsDate: false });
    expect(planDropOnColumn(active(WRITTEN_TEST), "REJECTED")).toEqual({
      ok: true,
      kind: "move",
      command: { type: "markRejected" },
      needsDate: false,
    });
  });

  it.each<[Stage, TBoardColumn]>([
    [INTERVIEW, WRITTEN_TEST],
    [WRITTEN_TEST, APPLIED],
    [APPLIED, TO_APPLY],
  ])("refuses to drop back from %s to %s", (stage, column) => {
    expect(refusedWith(planDropOnColumn(active(stage), column))).toBe("BACKWARD");
  });

  it("refuses 挂 before applying", () => {
    expect(refusedWith(planDropOnColumn(active(TO_APPLY), "REJECTED"))).toBe("NOT_APPLIED");
  });

  it("an offer can neither be rejected nor moved back", () => {
    const offer = { stage: OFFER, outcome: Outcome.OFFER };
    expect(refusedWith(planDropOnColumn(offer, "REJECTED"))).toBe("OFFER_FINAL");
    expect(refusedWith(planDropOnColumn(offer, INTERVIEW))).toBe("BACKWARD");
  });

  it("a rejected card reopens when dropped on the stage it failed at, and only there", () => {
    const rejected = { stage: WRITTEN_TEST, outcome: Outcome.REJECTED };
    expect(planDropOnColumn(rejected, WRITTEN_TEST)).toEqual({ ok: true, kind: "move", command: { type: "reopen" }, needsDate: false });
    expect(refusedWith(planDropOnColumn(rejected, INTERVIEW))).toBe("REOPEN_FIRST");
    expect(refusedWith(planDropOnColumn(rejected, OFFER))).toBe("REOPEN_FIRST");
  });

  it("a withdrawn application reopens on its own stage column", () => {
    const withdrawn = { stage: INTERVIEW, outcome: Outcome.WITHDRAWN };
    expect(planDropOnColumn(withdrawn, INTERVIEW)).toMatchObject({ ok: true, command: { type: "reopen" } });
    expect(refusedWith(planDropOnColumn(withdrawn, "REJECTED"))).toBe("REOPEN_FIRST");
  });

  it("the command it returns is accepted by planMove (笔试 with the date asked)", () => {
    const drop = planDropOnColumn(active(APPLIED), WRITTEN_TEST);
    if (!drop.ok || drop.kind !== "move" || drop.command.type !== "advance") throw new Error("expected an advance");
    const scheduledAt = new Date("2026-04-01T11:00:00Z");
    const plan = planMove(snap([ev(0, APPLIED)]), { ...drop.command, scheduledAt }, NOW);
    expect(plan.ok && plan.state.stage).toBe(WRITTEN_TEST);
    expect(plan.ok && plan.create[0]?.scheduledAt).toEqual(scheduledAt);
  });
});
