import { describe, expect, it } from "vitest";

import { mergeCompanies, parseNotes, type TTierCompany } from "@/lib/notes";
import { parseCompanyLine } from "@/lib/notes/parse-tier-list";

/** `name` as the tier list's parser reads it on a line of its own (no annotations), with `flags` set over it. */
function tierCompany(name: string, tier: TTierCompany["tier"], line: number, flags: Partial<TTierCompany> = {}): TTierCompany {
  const [company, ...more] = parseCompanyLine(name, tier, line, { year: 2025, timeZone: "Asia/Shanghai", warnings: [] });
  if (!company || more.length > 0) throw new Error(`"${name}" is not one company`);
  return { ...company, ...flags };
}

describe("mergeCompanies", () => {
  it("merges exact normalized matches, keeps pipeline-only companies with tier null", () => {
    const result = mergeCompanies(
      [tierCompany("OPPO", "A", 1), tierCompany("饿了么", "A", 1)],
      [{ name: "ｏｐｐｏ", line: 5 }, { name: "OPPO", line: 6 }, { name: "交通银行", line: 7 }, { name: "饿了吗", line: 8 }],
    );
    expect(result.companies.map((c) => [c.name, c.tier, c.source, c.aliases, c.pipelineLines])).toEqual([
      ["OPPO", "A", "BOTH", ["ｏｐｐｏ"], [5, 6]],
      ["饿了么", "A", "TIER_LIST", [], []],
      ["交通银行", null, "PIPELINE", [], [7]],
      ["饿了吗", null, "PIPELINE", [], [8]],
    ]);
    expect(result.suggestedMerges).toEqual([
      { a: "饿了么", b: "饿了吗", kind: "SIMILAR", reason: { key: "merges.similar", params: { count: 1 } }, aLine: 1, bLine: 8, conflict: null },
    ]);
  });

  it("merges a company listed twice in the tier list into its first listing, with a warning", () => {
    const result = mergeCompanies([tierCompany("Acme", "S", 1), tierCompany("ACME", "B", 3, { rejected: true })], []);
    expect(result.companies).toHaveLength(1);
    expect(result.companies[0]).toMatchObject({ name: "Acme", tier: "S", rejected: true, aliases: ["ACME"] });
    expect(result.warnings).toEqual([{ key: "warnings.duplicateListing", params: { company: "ACME", line: 1, tier: "S" }, line: 3 }]);
  });

  it("treats confirmed alias pairs as the same company", () => {
    const result = mergeCompanies([tierCompany("饿了么", "A", 1)], [{ name: "饿了吗", line: 4 }], {
      confirmedAliases: [["饿了吗", "饿了么"]],
    });
    expect(result.companies.map((c) => [c.name, c.source, c.aliases])).toEqual([["饿了么", "BOTH", ["饿了吗"]]]);
    expect(result.suggestedMerges).toEqual([]);
  });
});

describe("near matches and conflicts in parseNotes", () => {
  const text = [
    "# N+1",
    "A",
    "饿了么（投）、海康威视（投）、Bilibili、Keep（X）、Rho（X,复活甲）、Sigma（测评）",
    "**面试**",
    "饿了吗：投递—笔试—挂】",
    "海康：投递—测评—",
    "B站：投递—",
    "Keep：投递—测评—",
    "Rho：投递—",
    "Sigma：投递—",
  ].join("\n");
  const PIPELINE_WINS = { key: "conflicts.pipelineWins", params: { tierLine: 3 } };
  // 饿了么 is marked 投 (in progress), but 饿了吗's entry ends 挂 after 笔试.
  const ELEME_CONFLICT = [{ key: "conflicts.markedInProgressButRejected", params: { mark: "投", step: "笔试" } }, PIPELINE_WINS];

  it("suggests 饿了么/饿了吗, 海康/海康威视 and Bilibili/B站 without merging them", () => {
    const parsed = parseNotes(text, { year: 2025 });
    expect(parsed.suggestedMerges.map((s) => [s.a, s.b, s.kind])).toEqual([
      ["饿了么", "饿了吗", "SIMILAR"],
      ["海康威视", "海康", "ALIAS"],
      ["Bilibili", "B站", "ALIAS"],
    ]);
    expect(parsed.suggestedMerges[0]?.conflict).toEqual(ELEME_CONFLICT);
    expect(parsed.suggestedMerges[1]?.conflict).toBeNull();
    expect(parsed.companies.filter((c) => c.tier === null).map((c) => c.name)).toEqual(["饿了吗", "海康", "B站"]);
  });

  it("reports conflicts for exact matches; a revival explains a new application", () => {
    const parsed = parseNotes(text, { year: 2025 });
    expect(parsed.conflicts).toEqual([
      { companyName: "Keep", line: 8, reasons: [{ key: "conflicts.markedRejectedButActive", params: { step: "测评" } }, PIPELINE_WINS] },
      { companyName: "Sigma", line: 10, reasons: [{ key: "conflicts.assessmentButEarlier", params: { step: "投递" } }, PIPELINE_WINS] },
    ]);
  });

  it("turns a confirmed alias into a merge and reports its conflict", () => {
    const parsed = parseNotes(text, { year: 2025, confirmedAliases: [["饿了么", "饿了吗"]] });
    expect(parsed.suggestedMerges.map((s) => s.b)).toEqual(["海康", "B站"]);
    expect(parsed.conflicts.map((c) => [c.companyName, c.line])).toEqual([
      ["饿了么", 5],
      ["Keep", 8],
      ["Sigma", 10],
    ]);
    expect(parsed.conflicts[0]?.reasons).toEqual(ELEME_CONFLICT);
  });
});
