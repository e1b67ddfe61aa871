import { describe, expect, it } from "vitest";
import { Stage } from "@/lib/generated/prisma/enums";
import {
  OUTCOME_LABELS,
  STAGE_LABELS,
  STAGE_ORDER,
  compareStages,
  extraLabel,
  meaningOfLabel,
  stageIndex,
  stageLabel,
  suggestRoundLabel,
} from "@/lib/applications/stage-machine";
import { translatorFor } from "@/lib/i18n/dictionaries";

import { STAGE_NAMES } from "./event-fixtures";

describe("stage order and labels", () => {
  it("orders 待投递 → 投递 → 测评 → 笔试 → 面试 → offer", () => {
    expect(STAGE_ORDER.map((stage) => STAGE_LABELS.zh[stage])).toEqual(STAGE_NAMES.zh);
    expect(STAGE_ORDER).toEqual(Object.values(Stage));
  });

  it("has an English label for every stage, outcome and result", () => {
    expect(STAGE_ORDER.map((stage) => stageLabel(stage, "en"))).toEqual(STAGE_NAMES.en);
    expect(OUTCOME_LABELS.zh).toEqual({ ACTIVE: "进行中", OFFER: "offer", REJECTED: "挂", WITHDRAWN: "放弃" });
    expect(OUTCOME_LABELS.en.REJECTED).toBe("Rejected");
  });

  it("compares stages by pipeline order", () => {
    expect(stageIndex(Stage.TO_APPLY)).toBe(0);
    expect(stageIndex(Stage.OFFER)).toBe(5);
    expect(compareStages(Stage.APPLIED, Stage.INTERVIEW)).toBeLessThan(0);
    expect(compareStages(Stage.OFFER, Stage.WRITTEN_TEST)).toBeGreaterThan(0);
    expect(compareStages(Stage.ASSESSMENT, Stage.ASSESSMENT)).toBe(0);
  });
});

describe("meaningOfLabel", () => {
  it.each([
    ["投递", Stage.APPLIED],
    ["投", Stage.APPLIED],
    ["网申", Stage.APPLIED],
    ["测评", Stage.ASSESSMENT],
    ["性格测评", Stage.ASSESSMENT],
    ["笔试", Stage.WRITTEN_TEST],
    ["机试", Stage.WRITTEN_TEST],
    ["面试", Stage.INTERVIEW],
    ["一面", Stage.INTERVIEW],
    ["HR面", Stage.INTERVIEW],
    ["AI面试", Stage.INTERVIEW],
    [" 终面 ", Stage.INTERVIEW],
    ["offer", Stage.OFFER],
    ["OC", Stage.OFFER],
    ["意向书", Stage.OFFER],
  ])("%s → %s", (text, stage) => {
    expect(meaningOfLabel(text)).toEqual({ kind: "STAGE", stage });
  });

  it("reads 挂, X and rejected as a rejection, anything else as unknown", () => {
    for (const text of ["挂", "X", "x", " Rejected "]) expect(meaningOfLabel(text)).toEqual({ kind: "REJECTED" });
    for (const text of ["", "复活甲", "待定"]) expect(meaningOfLabel(text)).toEqual({ kind: "UNKNOWN" });
  });
});

describe("suggestRoundLabel", () => {
  const zh = translatorFor("zh");
  const en = translatorFor("en");

  it("numbers interview rounds 一面, 二面 … / Round 1, Round 2 …", () => {
    expect([0, 1, 2].map((n) => suggestRoundLabel(n, Stage.INTERVIEW, zh))).toEqual(["一面", "二面", "三面"]);
    expect(suggestRoundLabel(10, Stage.INTERVIEW, zh)).toBe("第11面");
    expect(suggestRoundLabel(1, Stage.INTERVIEW, en)).toBe("Round 2");
  });

  it("leaves first rounds of other stages unlabelled and numbers later ones", () => {
    expect(suggestRoundLabel(0, Stage.WRITTEN_TEST, zh)).toBe("");
    expect(suggestRoundLabel(1, Stage.WRITTEN_TEST, zh)).toBe("第2轮");
    expect(suggestRoundLabel(1, Stage.ASSESSMENT, en)).toBe("Round 2");
    expect(suggestRoundLabel(3, Stage.APPLIED, zh)).toBe("");
  });
});

describe("extraLabel", () => {
  it("drops a label that only repeats its stage's name, in either language", () => {
    expect(extraLabel(Stage.APPLIED, "投递")).toBe("");
    expect(extraLabel(Stage.WRITTEN_TEST, " 笔试 ")).toBe("");
    expect(extraLabel(Stage.APPLIED, STAGE_LABELS.en.APPLIED.toUpperCase())).toBe("");
  });

  it("keeps a label that says more", () => {
    expect(extraLabel(Stage.INTERVIEW, "一面")).toBe("一面");
    expect(extraLabel(Stage.INTERVIEW, " AI面试 ")).toBe("AI面试");
    expect(extraLabel(Stage.WRITTEN_TEST, "投递")).toBe("投递");
  });
});
