import { beforeAll, describe, expect, it } from "vitest";

import { parseNotes, summarizeParsedNotes, type TParsedNotes } from "@/lib/notes";

import { realNotesText } from "../../helpers/real-notes";

/**
 * Structural facts of the real notes (read in place, never copied), each counted independently
 * of the parser (grep/awk over the file) before being written down here.
 */
describe("the real interview notes", () => {
  let parsed: TParsedNotes;
  beforeAll(() => {
    parsed = parseNotes(realNotesText(), { year: 2025 });
  });
  const questions = () => parsed.sets.flatMap((s) => s.questions);

  it("summarizes to the counted totals", () => {
    expect(summarizeParsedNotes(parsed)).toEqual({
      sets: 13,
      questions: 275,
      placeholders: 48,
      starred: 9,
      companies: 262,
      companiesByTier: { S: 12, A: 94, B: 81, C: 62, N: 4 },
      tierListCompanies: 253,
      pipelineOnlyCompanies: 9,
      applications: 23,
      stageEvents: 31,
      suggestedMerges: 4,
      conflicts: 0,
      warnings: 4,
    });
  });

  it("has one set per heading except the tier list, in document order", () => {
    expect(parsed.sets.map((s) => s.displayTitle)).toEqual([
      "CRF", "Transformer", "LLM", "BERT", "DeepSeek", "RAG", "数据库", "机器学习", "数据结构",
      "网友大厂面经记录", "HR面", "Python", "手撕",
    ]);
    expect(parsed.sets.map((s) => s.level)).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(parsed.sets.map((s) => s.kind)).toEqual([...Array<string>(12).fill("QUESTIONS"), "CHECKLIST"]);
    const slugs = parsed.sets.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(13);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it("counts questions, placeholders and ⭐ per set", () => {
    const perSet = parsed.sets.map((s) => [
      s.questions.length,
      s.questions.filter((q) => q.placeholder).length,
      s.questions.filter((q) => q.stars > 0).length,
      s.questions.reduce((n, q) => n + q.stars, 0),
    ]);
    expect(perSet).toEqual([
      [0, 0, 0, 0], [36, 5, 6, 6], [35, 5, 1, 2], [47, 6, 2, 2], [12, 7, 0, 0], [10, 2, 0, 0], [7, 4, 0, 0],
      [0, 0, 0, 0], [13, 7, 0, 0], [72, 3, 0, 0], [12, 3, 0, 0], [21, 6, 0, 0], [10, 0, 0, 0],
    ]);
  });

  it("keeps repeated and skipped numbers as written, in document order", () => {
    for (const set of parsed.sets) expect(set.questions.map((q) => q.position)).toEqual(set.questions.map((_, i) => i));
    const distinctNumbers = parsed.sets.map((s) => new Set(s.questions.map((q) => q.number)).size);
    expect(distinctNumbers).toEqual([0, 33, 32, 44, 12, 9, 7, 0, 13, 69, 12, 20, 1]);
    expect(parsed.sets[12]?.questions.every((q) => q.number === null)).toBe(true);
  });

  it("gives every question a clean, non-empty title and a hash", () => {
    for (const q of questions()) {
      expect(q.title.trim()).not.toBe("");
      expect(q.title).not.toMatch(/⭐|<\/?u>/);
      expect(q.contentHash).toMatch(/^[0-9a-f]{64}$/);
      if (q.placeholder) expect(q.title).toBe("？");
      expect(q.answerMd).toBe(q.answerMd.trim() === "" ? "" : q.answerMd);
    }
    expect(questions().filter((q) => !q.placeholder && q.answerMd === "")).toHaveLength(17);
  });

  it("keeps loose text as set notes and reports the unusual lines", () => {
    expect(parsed.sets.map((s) => s.notes !== "")).toEqual([
      true, true, true, false, false, false, false, false, false, false, true, false, false,
    ]);
    expect(parsed.preambleMd).toBe("");
    expect(parsed.warnings.map((w) => w.line)).toEqual([514, 1376, 1417, 1614]);
  });

  it("reads the tier list annotations", () => {
    const count = (pred: (c: TParsedNotes["companies"][number]) => boolean) => parsed.companies.filter(pred).length;
    expect(count((c) => c.rejected)).toBe(27);
    expect(count((c) => c.applied)).toBe(13);
    expect(count((c) => c.assessment)).toBe(1);
    expect(count((c) => c.revival)).toBe(3);
    expect(count((c) => c.noOpening)).toBe(1);
    expect(count((c) => c.dates.length > 0)).toBe(1);
    expect(count((c) => c.unknownAnnotations.length > 0)).toBe(0);
    expect(parsed.companies.find((c) => c.dates.length > 0)?.dates).toEqual([new Date("2025-03-05T16:00:00Z")]);
  });

  it("reads the pipeline block", () => {
    const outcomes = parsed.applications.map((a) => a.outcome);
    expect(outcomes.filter((o) => o === "REJECTED")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "ACTIVE")).toHaveLength(18);
    const timed = parsed.applications.flatMap((a) => a.events).filter((e) => e.scheduledAt !== null);
    expect(timed.map((e) => [e.stage, e.scheduledAt?.toISOString()])).toEqual([["WRITTEN_TEST", "2025-04-01T11:00:00.000Z"]]);
    expect(parsed.applications.filter((a) => a.closed)).toHaveLength(5);
    const rejectedAt = parsed.applications.filter((a) => a.outcome === "REJECTED").map((a) => a.rejectedAtStage);
    expect(rejectedAt.sort()).toEqual(["APPLIED", "APPLIED", "ASSESSMENT", "INTERVIEW", "WRITTEN_TEST"]);
  });

  it("suggests the differently spelled companies instead of merging them", () => {
    expect(parsed.suggestedMerges.map((s) => [s.a, s.b, s.kind])).toEqual([
      ["饿了么", "饿了吗", "SIMILAR"],
      ["海康威视", "海康", "ALIAS"],
      ["西山居游戏", "西山居", "CONTAINS"],
      ["Bilibili", "B站", "ALIAS"],
    ]);
    expect(parsed.suggestedMerges[0]?.conflict).toEqual([
      { key: "conflicts.markedInProgressButRejected", params: { mark: "投", step: "笔试" } },
      { key: "conflicts.pipelineWins", params: { tierLine: 2161 } },
    ]);
  });

  it("parses the same text to the same result", () => {
    const again = parseNotes(realNotesText(), { year: 2025 });
    expect(again).toEqual(parsed);
  });
});
