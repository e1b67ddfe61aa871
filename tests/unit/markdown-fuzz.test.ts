import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MARKDOWN_MAX_DEPTH, markdownNestingDepth } from "@/lib/validation/markdown-limits";

import { renderMarkdown } from "../helpers/markdown";
import { msPerKb, mutationsOf, notesDocument } from "../helpers/notes-arbitrary";
import { realNotesText } from "../helpers/real-notes";

/** Generous bounds (development React, a shared machine): they catch a blow-up, not a slowdown. */
const RENDER_MS_PER_KB = 1500;
const SCAN_MS_PER_KB = 20;

function render(text: string): string {
  const html = renderMarkdown(text);
  expect(html.startsWith('<div class="markdown-body">')).toBe(true);
  return html;
}

describe("the Markdown renderer under generated and mutated documents", () => {
  it("renders every generated document without an error, in time per KB bounded", { timeout: 600_000 }, () => {
    const warmUp = "预热 $x$ **b** [c] <u>d</u>\n\n- > e\n\n```python\nx = 1\n```\n\n| a |\n| - |\n| 1 |";
    for (let i = 0; i < 50; i += 1) markdownNestingDepth(warmUp);
    render(warmUp);
    let cases = 0;
    let plain = 0;
    let slowest = 0;
    let slowestScan = 0;
    fc.assert(
      fc.property(notesDocument, (text) => {
        cases += 1;
        slowestScan = Math.max(slowestScan, msPerKb(text, () => markdownNestingDepth(text)));
        slowest = Math.max(slowest, msPerKb(text, () => {
          if (render(text).includes("data-markdown-plain")) plain += 1;
        }));
      }),
      { numRuns: 120 },
    );
    console.log(`Markdown, generated: ${cases} cases (${plain} shown as plain text), slowest ${slowest.toFixed(1)} ms/KB rendered, ${slowestScan.toFixed(3)} ms/KB scanned`);
    expect(slowest).toBeLessThan(RENDER_MS_PER_KB);
    expect(slowestScan).toBeLessThan(SCAN_MS_PER_KB);
  });

  it("renders edited pieces of real notes without an error, in time per KB bounded", { timeout: 600_000 }, () => {
    const real = realNotesText();
    expect(markdownNestingDepth(real)).toBeLessThanOrEqual(MARKDOWN_MAX_DEPTH);
    const piece = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 2_000, max: 12_000 }))
      .map(([at, size]) => real.slice(Math.floor(at * (real.length - size)), Math.floor(at * (real.length - size)) + size));
    let cases = 0;
    let slowest = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    fc.assert(
      fc.property(piece.chain((text) => mutationsOf(text)), (text) => {
        cases += 1;
        slowest = Math.max(slowest, msPerKb(text, () => render(text)));
      }),
      { numRuns: 40 },
    );
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    console.log(`Markdown, real notes edited: ${cases} cases, slowest ${slowest.toFixed(1)} ms/KB, heap +${heapMb.toFixed(0)} MB, RSS ${rssMb.toFixed(0)} MB`);
    expect(slowest).toBeLessThan(RENDER_MS_PER_KB);
    expect(heapMb).toBeLessThan(300);
    expect(rssMb).toBeLessThan(2048);
  });

  it("scans edits of the whole real notes in linear time", { timeout: 300_000 }, () => {
    const real = realNotesText();
    let slowest = 0;
    let cases = 0;
    fc.assert(fc.property(mutationsOf(real), (text) => {
      cases += 1;
      slowest = Math.max(slowest, msPerKb(text, () => markdownNestingDepth(text)));
    }), { numRuns: 100 });
    console.log(`Markdown pre-check, real notes edited: ${cases} cases, slowest ${slowest.toFixed(3)} ms/KB`);
    expect(slowest).toBeLessThan(SCAN_MS_PER_KB);
  });

  it("takes about four times the time for a deep but allowed document four times as long", { timeout: 300_000 }, () => {
    const block = `${"- ".repeat(MARKDOWN_MAX_DEPTH - 4)}[a] *b* $x_1$ <u>c</u>\n\n> ${"[".repeat(10)}d${"]".repeat(10)}\n\n`;
    // Fastest of three: noise on a shared machine only ever adds time. Four times the size: linear
    // gives ~4, quadratic ~16.
    const time = (text: string) => Math.min(...[1, 2, 3].map(() => msPerKb("", () => render(text))));
    const small = block.repeat(10);
    const large = block.repeat(40);
    for (const text of [small, large]) expect(render(text)).not.toContain("data-markdown-plain");
    const ratio = time(large) / time(small);
    console.log(`Markdown, deep document ${(small.length / 1024).toFixed(0)} KB → ${(large.length / 1024).toFixed(0)} KB: time ×${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThan(8);
  });
});
