import { describe, expect, it } from "vitest";

import { parseNotes, type TParsedCompany } from "@/lib/notes";

const md = (lines: string[]) => lines.join("\n");
const parse = (text: string, timeZone?: string) => parseNotes(text, { year: 2025, timeZone });
const byName = (companies: TParsedCompany[], name: string) => {
  const c = companies.find((x) => x.name === name);
  if (!c) throw new Error(`no company ${name}`);
  return c;
};

describe("tier list", () => {
  const text = md([
    "# Q",
    "1. <u>a question</u>",
    "",
    "# Targets",
    "",
    "S",
    "",
    "Alpha、Beta(复活甲)、Gamma(复活甲,投递)",
    "",
    "A：Delta（X）、Epsilon（投）、Zeta（测评）、Eta（3.6）、Theta（无）、Iota（挂）",
    "B",
    "Kappa（投，4.15，内推码ABC）、Lambda（X,复活甲）、",
    "C 小公司、",
    "N",
    "",
    "Mu（在看）、Nu、",
  ]);
  const parsed = parse(text);

  it("is not a question set", () => {
    expect(parsed.sets.map((s) => s.title)).toEqual(["Q"]);
  });

  it("reads tiers on their own line or with the companies on the same line", () => {
    expect(parsed.companies.map((c) => [c.name, c.tier, c.line])).toEqual([
      ["Alpha", "S", 8], ["Beta", "S", 8], ["Gamma", "S", 8],
      ["Delta", "A", 10], ["Epsilon", "A", 10], ["Zeta", "A", 10], ["Eta", "A", 10], ["Theta", "A", 10], ["Iota", "A", 10],
      ["Kappa", "B", 12], ["Lambda", "B", 12],
      ["小公司", "C", 13],
      ["Mu", "N", 16], ["Nu", "N", 16],
    ]);
  });

  it("understands X/挂, 投/投递, 测评, 复活甲, dates and 无", () => {
    const flags = (name: string) => {
      const c = byName(parsed.companies, name);
      return [c.rejected, c.applied, c.assessment, c.revival, c.noOpening];
    };
    expect(flags("Alpha")).toEqual([false, false, false, false, false]);
    expect(flags("Beta")).toEqual([false, false, false, true, false]);
    expect(flags("Gamma")).toEqual([false, true, false, true, false]);
    expect(flags("Delta")).toEqual([true, false, false, false, false]);
    expect(flags("Epsilon")).toEqual([false, true, false, false, false]);
    expect(flags("Zeta")).toEqual([false, false, true, false, false]);
    expect(flags("Theta")).toEqual([false, false, false, false, true]);
    expect(flags("Iota")).toEqual([true, false, false, false, false]);
    expect(flags("Lambda")).toEqual([true, false, false, true, false]);
    expect(byName(parsed.companies, "Eta").dates).toEqual([new Date("2025-03-05T16:00:00Z")]);
    expect(byName(parsed.companies, "Kappa").dates).toEqual([new Date("2025-04-14T16:00:00Z")]);
    expect(byName(parsed.companies, "Gamma").annotations).toEqual(["复活甲", "投递"]);
  });

  it("keeps unknown annotations and warns, never drops them", () => {
    expect(byName(parsed.companies, "Kappa").unknownAnnotations).toEqual(["内推码ABC"]);
    expect(byName(parsed.companies, "Mu").unknownAnnotations).toEqual(["在看"]);
    expect(parsed.warnings).toEqual([
      { key: "warnings.unknownAnnotation", params: { annotation: "内推码ABC", company: "Kappa" }, line: 12 },
      { key: "warnings.unknownAnnotation", params: { annotation: "在看", company: "Mu" }, line: 16 },
    ]);
  });

  it("leaves no empty company after a trailing 、", () => {
    expect(parsed.companies.filter((c) => c.name.trim() === "")).toEqual([]);
    expect(parsed.companies).toHaveLength(14);
  });

  it("takes dates in another time zone when asked", () => {
    const ny = parse(md(["# T", "S", "Alpha（3.6）"]), "America/New_York");
    expect(ny.companies[0]?.dates).toEqual([new Date("2025-03-06T05:00:00Z")]);
  });
});

describe("pipeline block", () => {
  const text = md([
    "# Tracker",
    "",
    "S",
    "Alpha（投）、Beta、Gamma（X）",
    "",
    "                    **面试**",
    "",
    "**面试挂：**Omega、Beta、",
    "",
    "Alpha：投递—测评—挂】",
    "Beta：投递—笔试(04-01 19:00)—一面—",
    "Gamma:投递-笔试（4.2 10:30）→HR面→offer】",
    "Delta：投递－AI面试—加面—",
    "Epsilon：测评—",
    "Zeta：投递—群殴—",
    "Eta：投递—笔试】",
  ]);
  const parsed = parse(text);
  const app = (name: string) => {
    const a = parsed.applications.find((x) => x.companyName === name);
    if (!a) throw new Error(`no application ${name}`);
    return a;
  };
  const steps = (name: string) => app(name).events.map((e) => [e.stage, e.label, e.result]);

  it("reads the ordered stages with full-width or ASCII colons and any separator", () => {
    expect(steps("Delta")).toEqual([
      ["APPLIED", "投递", "PASSED"],
      ["INTERVIEW", "AI面试", "PASSED"],
      ["INTERVIEW", "加面", "PENDING"],
    ]);
    expect(app("Delta").outcome).toBe("ACTIVE");
    expect(steps("Epsilon")).toEqual([["ASSESSMENT", "测评", "PENDING"]]);
  });

  it("turns (MM-DD HH:mm) into a UTC instant in Asia/Shanghai", () => {
    const [, written] = app("Beta").events;
    expect(written?.scheduledAt).toEqual(new Date("2025-04-01T11:00:00Z"));
    expect(app("Gamma").events[1]?.scheduledAt).toEqual(new Date("2025-04-02T02:30:00Z"));
    expect(app("Alpha").events[0]?.scheduledAt).toBeNull();
  });

  it("ends at 】, and a final 挂 rejects at the stage before it", () => {
    expect(app("Alpha")).toMatchObject({ outcome: "REJECTED", rejectedAtStage: "ASSESSMENT", closed: true, line: 10 });
    expect(steps("Alpha")).toEqual([
      ["APPLIED", "投递", "PASSED"],
      ["ASSESSMENT", "测评", "FAILED"],
    ]);
    expect(app("Gamma")).toMatchObject({ outcome: "OFFER", rejectedAtStage: null, closed: true });
    expect(app("Gamma").events.map((e) => e.stage)).toEqual(["APPLIED", "WRITTEN_TEST", "INTERVIEW", "OFFER"]);
  });

  it("applies **面试挂：** to an existing entry and creates entries for the others", () => {
    expect(app("Beta")).toMatchObject({ outcome: "REJECTED", rejectedAtStage: "INTERVIEW", line: 11 });
    expect(steps("Beta")).toEqual([
      ["APPLIED", "投递", "PASSED"],
      ["WRITTEN_TEST", "笔试", "PASSED"],
      ["INTERVIEW", "一面", "FAILED"],
    ]);
    expect(app("Omega")).toMatchObject({ outcome: "REJECTED", rejectedAtStage: "INTERVIEW", closed: true, line: 8 });
    expect(steps("Omega")).toEqual([["INTERVIEW", "面试", "FAILED"]]);
  });

  it("keeps what it does not understand as notes and warns", () => {
    expect(app("Zeta").notes).toEqual(["群殴"]);
    expect(steps("Zeta")).toEqual([["APPLIED", "投递", "PENDING"]]);
    expect(parsed.warnings).toEqual([
      { key: "warnings.entryNoteUnknown", params: { note: "群殴", company: "Zeta" }, line: 15 },
      { key: "warnings.closedWithoutOutcome", params: { company: "Eta" }, line: 16 },
    ]);
  });

  it("lists applications in document order and counts their companies", () => {
    expect(parsed.applications.map((a) => a.companyName)).toEqual([
      "Omega", "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta",
    ]);
    expect(parsed.companies.map((c) => [c.name, c.tier, c.source])).toEqual([
      ["Alpha", "S", "BOTH"],
      ["Beta", "S", "BOTH"],
      ["Gamma", "S", "BOTH"],
      ["Omega", null, "PIPELINE"],
      ["Delta", null, "PIPELINE"],
      ["Epsilon", null, "PIPELINE"],
      ["Zeta", null, "PIPELINE"],
      ["Eta", null, "PIPELINE"],
    ]);
  });

  it("reports where the tier list and the pipeline disagree; the pipeline wins", () => {
    const PIPELINE_WINS = { key: "conflicts.pipelineWins", params: { tierLine: 4 } };
    expect(parsed.conflicts).toEqual([
      { companyName: "Alpha", line: 10, reasons: [{ key: "conflicts.markedInProgressButRejected", params: { mark: "投", step: "测评" } }, PIPELINE_WINS] },
      { companyName: "Gamma", line: 12, reasons: [{ key: "conflicts.markedRejectedButOffer", params: {} }, PIPELINE_WINS] },
    ]);
  });
});
