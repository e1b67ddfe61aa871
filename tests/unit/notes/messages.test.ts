import { describe, expect, it } from "vitest";

import { translatorFor } from "@/lib/i18n/dictionaries";
import { parseNotes } from "@/lib/notes";

// Notes that set off most of the import's warnings, one suggested merge of each kind and conflicts
// between the tier list and the pipeline.
const NOTES = [
  "写在标题前面",
  "# 题目",
  "1. <u>第一题",
  "标题的第二行</u>",
  "",
  "    答案",
  "不缩进的续行",
  "",
  "# 公司",
  "",
  "S",
  "Acme(内推码ABC)、(X)、Beta(复活甲",
  "A",
  "ACME、饿了么、西山居游戏、海康威视、Kappa(X)、Lambda(无)",
  "",
  "**面试**",
  "",
  "Gamma：投递—笔试(看情况)—群殴】",
  "Delta：挂",
  "饿了吗：投递",
  "西山居：投递",
  "海康：投递",
  "随便写的一行",
  "Kappa：投递—测评—",
  "Lambda：投递—",
  "Omega：投递—offer】",
  "Psi：投递—笔试—挂】",
  "**面试挂：**Omega、Psi",
].join("\n");

describe("import warnings, merge reasons and conflicts", () => {
  const parsed = parseNotes(NOTES, { year: 2025 });

  it("are keys with parameters, not sentences", () => {
    expect(parsed.warnings.map((w) => [w.line, w.key])).toEqual([
      [1, "warnings.preamble"],
      [4, "warnings.titleContinues"],
      [7, "warnings.unindentedAfterAnswer"],
      [12, "warnings.unknownAnnotation"],
      [12, "warnings.annotationsWithoutName"],
      [12, "warnings.unbalancedParens"],
      [18, "warnings.notDateTime"],
      [18, "warnings.entryNoteUnknown"],
      [18, "warnings.closedWithoutOutcome"],
      [19, "warnings.rejectedWithoutStage"],
      [23, "warnings.trackerLineUnknown"],
      [14, "warnings.duplicateListing"],
    ].sort((a, b) => Number(a[0]) - Number(b[0])));
    expect(parsed.suggestedMerges.map((m) => m.reason.key).sort()).toEqual(["merges.alias", "merges.contains", "merges.similar"]);
    expect(parsed.conflicts.map((c) => [c.companyName, c.reasons.map((r) => r.key)])).toEqual([
      ["Kappa", ["conflicts.markedRejectedButActive", "conflicts.pipelineWins"]],
      ["Lambda", ["conflicts.noOpeningButApplied", "conflicts.pipelineWins"]],
      ["Omega", ["conflicts.listedRejectedButOffer"]],
      ["Psi", ["conflicts.listedRejectedButRejectedAt"]],
    ]);
  });

  it("read in Chinese with every placeholder filled", () => {
    const reasons = parsed.conflicts.flatMap((c) => c.reasons);
    for (const message of [...parsed.warnings, ...parsed.suggestedMerges.map((m) => m.reason), ...reasons]) {
      const text = translatorFor("zh")(`notes.${message.key}`, message.params);
      expect(text, message.key).not.toMatch(/[{}]/u);
      for (const value of Object.values(message.params)) expect(text, message.key).toContain(String(value));
    }
  });
});
