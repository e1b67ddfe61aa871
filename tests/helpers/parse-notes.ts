import { parseNotes, type TParsedNotes, type TParsedSet } from "@/lib/notes";

// Notes written inline in the parser's unit tests, parsed as of 2025.

/** Notes text from its lines. */
export const md = (lines: string[]): string => lines.join("\n");

export const parse = (text: string): TParsedNotes => parseNotes(text, { year: 2025 });

/** The first set of `text`; throws when the notes hold none. */
export function only(text: string): TParsedSet {
  const set = parse(text).sets[0];
  if (!set) throw new Error("no set");
  return set;
}
