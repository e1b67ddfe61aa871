import { describe, expect, it } from "vitest";

import { renderSetsMarkdown, type TParsedSet } from "@/lib/notes";

import { parse } from "../../helpers/parse-notes";
import { realNotesText } from "../../helpers/real-notes";

/** What must survive a round trip: everything but source line numbers. */
const comparable = (sets: readonly TParsedSet[]) =>
  sets.map((s) => ({
    title: s.title,
    displayTitle: s.displayTitle,
    slug: s.slug,
    kind: s.kind,
    notes: s.notes,
    questions: s.questions.map((q) => ({
      number: q.number,
      position: q.position,
      title: q.title,
      answerMd: q.answerMd,
      stars: q.stars,
      placeholder: q.placeholder,
      contentHash: q.contentHash,
    })),
  }));

const roundTrip = (text: string) => {
  const first = parse(text);
  const rendered = renderSetsMarkdown(first.sets);
  const second = parse(rendered);
  return { first, rendered, second };
};

describe("renderSetsMarkdown", () => {
  it("writes headings, <u> titles with ⭐, indented answers, placeholders and checklists", () => {
    const rendered = renderSetsMarkdown([
      {
        title: "1 Alpha",
        kind: "QUESTIONS",
        notes: "intro",
        questions: [
          { number: "1", title: "First", answerMd: "line\n\n- sub", stars: 2, placeholder: false },
          { number: null, title: "？", answerMd: "", stars: 0, placeholder: true },
        ],
      },
      {
        title: "Todo",
        kind: "CHECKLIST",
        questions: [{ title: "LRU", answerMd: "", stars: 0, placeholder: false }],
      },
    ]);
    expect(rendered).toBe(
      ["# 1 Alpha", "", "intro", "", "1. <u>First</u>⭐⭐", "", "    line", "", "    - sub", "", "2. ？", "", "# Todo", "", "- LRU", ""].join("\n"),
    );
  });

  it("round-trips hand-written snippets exactly", () => {
    const text = [
      "## K 杂项",
      "",
      "Loose intro paragraph.",
      "",
      "1. <u>Tables and code?</u>⭐⭐⭐",
      "",
      "   | a | b |",
      "   | - | - |",
      "",
      "   ```js",
      "   const x = 1;",
      "",
      "     nested();",
      "   ```",
      "",
      "   $$",
      "   e^{i\\pi}+1=0",
      "   $$",
      "",
      "3. 标题跨行的问题，",
      "   第二行",
      "",
      "   1. nested list",
      "   2. still nested",
      "   \t- tab item",
      "",
      "3. ？",
      "",
      "   a note under a placeholder",
      "",
      "12. <u>Under-indented</u>",
      "",
      "  answer",
      "",
      "100. Big number",
      "",
      "     body",
      "",
      "Trailing loose text.",
      "",
      "# 手撕",
      "",
      "MHA、LayerNorm、",
      "",
      "# Empty",
    ].join("\n");
    const { first, second } = roundTrip(text);
    expect(first.sets.map((s) => [s.kind, s.questions.length])).toEqual([
      ["QUESTIONS", 5],
      ["CHECKLIST", 2],
      ["QUESTIONS", 0],
    ]);
    expect(comparable(second.sets)).toEqual(comparable(first.sets));
    expect(second.sets.map((s) => s.level)).toEqual(first.sets.map((s) => s.level));
    expect(second.warnings).toEqual([]);
  });

  it("is stable: rendering the re-parsed sets gives the same Markdown", () => {
    const { rendered, second } = roundTrip("# A\n1. <u>q</u>⭐\n\n   a\n2. ?\n");
    expect(renderSetsMarkdown(second.sets)).toBe(rendered);
  });

  it("round-trips every set and question of the real notes", () => {
    const { first, second } = roundTrip(realNotesText());
    expect(second.sets).toHaveLength(first.sets.length);
    expect(comparable(second.sets)).toEqual(comparable(first.sets));
    expect(second.companies).toEqual([]);
    expect(second.applications).toEqual([]);
  });
});
