import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseNotes } from "@/lib/notes";
import { parseStageRejectedLine, splitLabel } from "@/lib/notes/parse-pipeline";
import { splitOutsideParens } from "@/lib/notes/parse-tier-list";
import { meaningOfLabel } from "@/lib/applications/stages";
import { parseHeading } from "@/lib/notes/parse-sections";
import { titleLooksComplete } from "@/lib/notes/question-title";
import { parseLocalDateTime } from "@/lib/notes/time";

import { fastest, growthRatio } from "../../helpers/timing";

// The patterns these functions replaced, kept here as oracles: same results on short inputs.
const OLD_HEADING = /^(#{1,2})(?:[ \t]+(.*?))?[ \t]*$/;
function oldParseHeading(text: string) {
  const m = OLD_HEADING.exec(text);
  if (!m) return null;
  const title = (m[2] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim();
  return { level: (m[1] ?? "#").length === 1 ? 1 : 2, title };
}
function oldSplitLabel(token: string) {
  const m = /^(.*?)[ \t]*[(（]([^)）]*)[)）][ \t]*$/u.exec(token);
  return m ? { label: (m[1] ?? "").trim(), paren: (m[2] ?? "").trim() } : { label: token, paren: "" };
}
const OLD_STAGE_REJECTED = /^[ \t]*(?:\*\*)?[ \t]*([^\s:：*]{1,8}?)挂[ \t]*(?:\*\*)?[ \t]*[:：][ \t]*(?:\*\*)?(.*)$/u;
const OLD_TIME = /^(.*?)(?:\s+|(?<=[日号]))(\d{1,2})\s*[:：]\s*(\d{2})$/u;

/** Strings over the characters these patterns care about (whitespace, line separators, markers). */
const textOf = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(""));
const HEADING_CHARS = ["#", "#", " ", " ", "\t", "a", "题", "\u2028", "\u3000", "\r"];
const LABEL_CHARS = ["(", ")", "（", "）", " ", "\t", "笔", "试", "0", "1", ":", "\u2028", "\u3000"];
const REJECTED_CHARS = ["*", "*", " ", "\t", "面", "试", "挂", ":", "：", "A", "、", "\u2028"];
const TIME_CHARS = ["0", "1", "4", "9", ".", "-", " ", "\t", ":", "：", "日", "号", "月", "\u2028", "\u3000", "a"];

describe("the notes parser's patterns are linear in the line", () => {
  it("parses a heading with 80,000 spaces inside in well under a second", () => {
    const line = `# a${" ".repeat(80_000)}b`;
    const ms = fastest(() => parseHeading(line), 1);
    expect(parseHeading(line)).toEqual({ level: 1, title: `a${" ".repeat(80_000)}b` });
    expect(ms).toBeLessThan(250);
    const notes = `${line}\n\n1. 题目？\n`;
    expect(fastest(() => parseNotes(notes, { year: 2025 }), 1)).toBeLessThan(1000);
  });

  it("takes four times the time, not sixteen, for four times the whitespace", { timeout: 60_000 }, () => {
    const cases: [string, (n: number) => string, (text: string) => unknown][] = [
      ["heading", (n) => `# a${" ".repeat(n)}b`, parseHeading],
      ["closing #", (n) => `# a${" \t".repeat(n)}x#`, parseHeading],
      ["stage label", (n) => `笔试${" ".repeat(n)}x`, splitLabel],
      ["parentheses", (n) => `笔试${"(".repeat(n)}x`, splitLabel],
      ["date and time", (n) => `1${" ".repeat(n)}x`, (t) => parseLocalDateTime(t, 2025, "Asia/Shanghai")],
      ["rejected line", (n) => `**${" ".repeat(n)}x`, parseStageRejectedLine],
      ["rejected line after 挂", (n) => `面试挂${" ".repeat(n)}x`, parseStageRejectedLine],
      ["title ending in *", (n) => `${"*".repeat(n)}x`, (t) => titleLooksComplete([t])],
    ];
    for (const [name, make, parse] of cases) {
      expect(growthRatio(make, parse), name).toBeLessThan(8);
    }
  });

  it("reads headings exactly as before", () => {
    fc.assert(fc.property(textOf(HEADING_CHARS), (text) => {
      expect(parseHeading(text)).toEqual(oldParseHeading(text));
    }), { numRuns: 3000 });
  });

  it("splits a stage label from its parentheses exactly as before", () => {
    fc.assert(fc.property(textOf(LABEL_CHARS), (token) => {
      expect(splitLabel(token)).toEqual(oldSplitLabel(token));
    }), { numRuns: 3000 });
  });

  it("reads `**面试挂：**` lines exactly as before", () => {
    const oldParse = (text: string) => {
      const m = OLD_STAGE_REJECTED.exec(text);
      if (!m) return null;
      const meaning = meaningOfLabel(m[1] ?? "");
      if (meaning.kind !== "STAGE") return null;
      const names = splitOutsideParens(m[2] ?? "", new Set(["、", "，", ",", "；", ";"]))
        .map((n) => n.replace(/\*\*/gu, "").trim())
        .filter((n) => n !== "");
      return { label: m[1] ?? "", stage: meaning.stage, names };
    };
    fc.assert(fc.property(textOf(REJECTED_CHARS), (text) => {
      expect(parseStageRejectedLine(text)).toEqual(oldParse(text));
    }), { numRuns: 3000 });
  });

  it("reads dates with times exactly as before", () => {
    const oldParse = (text: string) => {
      const m = OLD_TIME.exec(text.trim());
      return m ? { date: (m[1] ?? "").trim(), hour: m[2], minute: m[3] } : null;
    };
    fc.assert(fc.property(textOf(TIME_CHARS), fc.constantFrom("", " 19:00", "日9:05", " 7：30", "\u2028 1:00"), (head, tail) => {
      const text = head + tail;
      const old = oldParse(text);
      const got = parseLocalDateTime(text, 2025, "UTC");
      if (old === null) {
        expect(got).toEqual(parseLocalDateTime(text.trim(), 2025, "UTC"));
        return;
      }
      const expected = parseLocalDateTime(`${old.date} ${old.hour}:${old.minute}`, 2025, "UTC");
      expect(got).toEqual(expected);
    }), { numRuns: 3000 });
  });
});
