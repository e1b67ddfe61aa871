import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseNotes, summarizeParsedNotes } from "@/lib/notes";
import { planImport } from "@/lib/notes/plan-import";
import { markdownNestingDepth } from "@/lib/validation/markdown-limits";

import { msPerKb, mutationsOf, notesDocument } from "../../helpers/notes-arbitrary";
import { realNotesText } from "../../helpers/real-notes";

const EMPTY = { companies: [], sets: [], applications: [], importedHashes: {} };

/** Generous: the parser runs at well under 1 ms per KB; this only catches a blow-up. */
const PARSE_MS_PER_KB = 50;

function parseAll(text: string) {
  const parsed = parseNotes(text, { year: 2025 });
  summarizeParsedNotes(parsed);
  planImport(parsed, EMPTY);
  return parsed;
}

describe("the notes parser under generated and mutated documents", () => {
  it("parses every generated document without an error, in time per KB bounded", { timeout: 300_000 }, () => {
    parseAll("# 热身\n\n1. <u>题</u>⭐\n\n    答\n\n# N+1\n\nS\n腾讯(X)、\n\n腾讯：投递—笔试(04-01 19:00)—挂】");
    let cases = 0;
    let slowest = 0;
    fc.assert(
      fc.property(notesDocument, (text) => {
        cases += 1;
        slowest = Math.max(slowest, msPerKb(text, () => parseAll(text)));
        markdownNestingDepth(text);
      }),
      { numRuns: 400 },
    );
    console.log(`notes parser, generated: ${cases} cases, slowest ${slowest.toFixed(2)} ms/KB`);
    expect(slowest).toBeLessThan(PARSE_MS_PER_KB);
  });

  it("parses random edits of the real notes without an error, in time per KB bounded", { timeout: 300_000 }, () => {
    const real = realNotesText();
    parseAll(real);
    let cases = 0;
    let slowest = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    fc.assert(
      fc.property(mutationsOf(real), (text) => {
        cases += 1;
        slowest = Math.max(slowest, msPerKb(text, () => parseAll(text)));
      }),
      { numRuns: 60 },
    );
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    console.log(`notes parser, real notes edited: ${cases} cases, slowest ${slowest.toFixed(2)} ms/KB, heap +${heapMb.toFixed(0)} MB`);
    expect(slowest).toBeLessThan(PARSE_MS_PER_KB);
    expect(heapMb).toBeLessThan(300);
  });

  it("takes about four times the time for a pathological document four times as long", { timeout: 120_000 }, () => {
    const make = (n: number) =>
      Array.from({ length: n }, (_, i) => `# a${" ".repeat(200)}b #\n\n${i}. <u>题${"(".repeat(50)}</u>⭐\n\n    ${"- ".repeat(40)}x${" ".repeat(300)}y\n\n腾讯：投递${" ".repeat(100)}—笔试(1${" ".repeat(100)}x)`).join("\n");
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i += 1) best = Math.min(best, msPerKb("", () => parseAll(text)));
      return best;
    };
    // Four times the size: linear gives ~4, quadratic ~16, so noise on a shared machine cannot decide it.
    const small = make(300);
    const large = make(1200);
    time(small);
    time(large);
    const ratio = time(large) / time(small);
    console.log(`notes parser, pathological ${(small.length / 1024).toFixed(0)} KB → ${(large.length / 1024).toFixed(0)} KB: time ×${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThan(8);
  });
});
