// Notes far larger than any real file (many sets, huge answers, long lines, many companies): each
// parses in time linear in its size, and the parts that compare pairs stop at a fixed budget.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { mergeCompanies, parseNotes } from "@/lib/notes";
import { dedupeSlugs } from "@/lib/notes/parse-sections";
import { readNotesFile } from "@/lib/notes/notes-file";

import { growthRatio } from "../../helpers/timing";

describe("many sets of one title", () => {
  const oldDedupe = (bases: readonly string[]) => {
    const used = new Set<string>();
    return bases.map((base) => {
      let slug = base;
      for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
      used.add(slug);
      return slug;
    });
  };

  it("get the same slugs as before", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom("rag", "rag-2", "rag-3", "a", "a-2-2", "a-2"), { maxLength: 30 }), (bases) => {
      expect(dedupeSlugs(bases)).toEqual(oldDedupe(bases));
    }), { numRuns: 2000 });
  });

  it("get their slugs in time linear in their number", { timeout: 60_000 }, () => {
    const ratio = growthRatio((n) => "rag\n".repeat(n / 4), (text) => dedupeSlugs(text.split("\n")), 400_000);
    expect(ratio).toBeLessThan(8);
  });
});

describe("answers and lines larger than a call's argument list", () => {
  it("parses an answer of 300,000 lines", { timeout: 60_000 }, () => {
    const answer = Array.from({ length: 300_000 }, (_, i) => `    第 ${i} 行`).join("\n");
    const parsed = parseNotes(`# 大题\n\n1. 长答案？\n\n${answer}\n`, { year: 2025 });
    const question = parsed.sets[0]?.questions[0];
    expect(question?.title).toBe("长答案？");
    expect(question?.answerMd.split("\n")).toHaveLength(300_000);
    expect(question?.answerMd.startsWith("第 0 行\n第 1 行")).toBe(true);
  });

  it("parses a tier line of 150,000 companies and a company with 200,000 annotations", { timeout: 60_000 }, () => {
    const names = Array.from({ length: 150_000 }, (_, i) => `公司${i}`).join("、");
    const annotations = Array.from({ length: 200_000 }, () => "投").join(",");
    const parsed = parseNotes(`# 公司\n\nS\n${names}\nA\n腾讯(${annotations})\n`, { year: 2025 });
    expect(parsed.companies).toHaveLength(150_001);
    expect(parsed.companies.at(-1)?.annotations).toHaveLength(200_000);
  });
});

describe("near-duplicate suggestions stay bounded", () => {
  it("stops comparing company names after a fixed number of pairs, and says so", { timeout: 60_000 }, () => {
    const tier = Array.from({ length: 3_000 }, (_, i) => `公司${i}号`).join("、");
    const pipeline = Array.from({ length: 1_000 }, (_, i) => `**单位${i}：投递—笔试**`).join("\n");
    const parsed = parseNotes(`# 公司\n\nS\n${tier}\n\n${pipeline}\n`, { year: 2025 });
    expect(parsed.applications).toHaveLength(1_000);
    expect(parsed.warnings.filter((w) => w.key === "warnings.nearMatchBudget")).toHaveLength(1);
  });

  it("finds a long company name with a long run of spaces in linear time", { timeout: 60_000 }, () => {
    const ratio = growthRatio((n) => `# 公司\n\nS\n腾讯${" ".repeat(n)}x\n`, (text) => parseNotes(text, { year: 2025 }), 200_000);
    expect(ratio).toBeLessThan(8);
  });
});

describe("a notes file's length in lines", () => {
  const read = (text: string) => readNotesFile("notes.md", new TextEncoder().encode(text));
  const refusal = (text: string) => {
    try {
      read(text);
    } catch (error) {
      return error instanceof AppError ? `${error.code} ${error.messageKey}` : String(error);
    }
    return null;
  };

  it("refuses more than 50,000 lines before parsing, under 5 MB", () => {
    expect(refusal(`# s\n${"1. ?\n".repeat(500_000)}`)).toBe("VALIDATION import.errors.tooManyLines");
    expect(refusal(`# s\n${"a\n".repeat(50_000)}`)).toBe("VALIDATION import.errors.tooManyLines");
  });

  it("accepts 50,000 lines, with or without a final line end", () => {
    expect(read(`# s\n${"a\n".repeat(49_999)}`).text).toHaveLength(4 + 2 * 49_999);
    expect(refusal(`# s${"\na".repeat(49_999)}`)).toBeNull();
  });
});

describe("unclosed code fences", () => {
  it("cost time linear in their number, each ending before the next heading", { timeout: 120_000 }, () => {
    const make = (n: number) => "# h\n```a\n".repeat(n / 9);
    const parsed = parseNotes(make(27), { year: 2026 });
    expect(parsed.warnings.filter((w) => w.key === "warnings.fenceUnclosed").map((w) => w.line)).toEqual([2, 4, 6]);
    const ratio = growthRatio(make, (text) => parseNotes(text, { year: 2026 }), 36_000);
    expect(ratio).toBeLessThan(8);
  });
});

describe("a title that never looks finished", () => {
  it("takes at most 20 lines, the rest kept as its answer, in time linear in the lines", { timeout: 120_000 }, () => {
    const make = (n: number) => `# s\n1. <u>x\n${"a\n".repeat(n / 2)}`;
    const ratio = growthRatio(make, (text) => parseNotes(text, { year: 2026 }), 160_000);
    expect(ratio).toBeLessThan(8);
    const [question] = parseNotes(make(100), { year: 2026 }).sets[0]?.questions ?? [];
    expect(question?.title).toBe(`x ${Array.from({ length: 19 }, () => "a").join(" ")}`);
    expect(question?.answerMd.split("\n")).toHaveLength(31);
  });
});

describe("a `**面试挂：**` line of many companies", () => {
  it("is applied in time linear in the number of companies", { timeout: 120_000 }, () => {
    const make = (n: number) => `# t\n**面试挂：**${Array.from({ length: n / 8 }, (_, i) => `c${i}`).join("、")}`;
    // 2,000 and 16,000 companies: at 5,000 and 40,000 the collector's share of the larger run
    // grew enough, on a busy machine, to put a linear parse past the bound (8.2 in one run).
    const ratio = growthRatio(make, (text) => parseNotes(text, { year: 2026 }), 16_000);
    expect(ratio).toBeLessThan(8);
    const applications = parseNotes(make(80), { year: 2026 }).applications;
    expect(applications.map((a) => [a.companyName, a.outcome])).toEqual(Array.from({ length: 10 }, (_, i) => [`c${i}`, "REJECTED"]));
  });
});

describe("company names compared for near duplicates", () => {
  it("are normalized once each, however long, in time linear in names and length", { timeout: 120_000 }, () => {
    const pipeline = (count: number) => Array.from({ length: count }, (_, i) => `**单位${i}：投递—笔试**`).join("\n");
    const make = (n: number) => `# 公司\n\nS\n${"长".repeat(n)}、腾讯\n\n${pipeline(n / 100)}\n`;
    const ratio = growthRatio(make, (text) => parseNotes(text, { year: 2025 }), 40_000);
    expect(ratio).toBeLessThan(8);
    expect(parseNotes(make(400), { year: 2025 }).applications).toHaveLength(4);
  });

  it("merge many spellings of one company in time linear in their number", { timeout: 120_000 }, () => {
    const letters = [..."abcdefghijklmnopq"];
    const spelling = (i: number) => letters.map((c, k) => (k === 0 ? c : ((i >> (k - 1)) & 1 ? "." : "_") + c)).join("");
    const make = (n: number) => Array.from({ length: n / 40 }, (_, i) => spelling(i)).join("\n");
    const merge = (text: string) => mergeCompanies([], text.split("\n").map((name, line) => ({ name, line })));
    const ratio = growthRatio(make, merge, 160_000);
    expect(ratio).toBeLessThan(8);
    const [company, ...others] = merge(make(400)).companies;
    expect(others).toHaveLength(0);
    expect(company?.aliases).toHaveLength(9);
    expect(company?.pipelineLines).toHaveLength(10);
  });
});
