// The text a company is found by: its name and aliases as written (lower-cased, full-width
// folded), plus full pinyin and pinyin initials of the Chinese ones, so `zjtd`, `zijie` and
// `字节` all find 字节跳动. Stored in Company.searchText by every write in lib/services/companies.
import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;

/** NFKC, lower case, trimmed: how both the stored text and a query are compared. */
function foldSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

function pinyinForms(text: string): string[] {
  if (!HAN.test(text)) return [];
  const full = pinyin(text, { toneType: "none", type: "array" }).join("");
  const initials = pinyin(text, { pattern: "first", toneType: "none", type: "array" }).join("");
  return [full, initials].map((form) => foldSearchText(form).replace(/\s+/g, ""));
}

/** One line per form; a query matches when it is a substring of the whole text. */
export function buildCompanySearchText(name: string, aliases: readonly string[]): string {
  const forms = new Set<string>();
  for (const text of [name, ...aliases]) {
    const folded = foldSearchText(text);
    if (folded === "") continue;
    forms.add(folded);
    forms.add(folded.replace(/\s+/g, ""));
    for (const form of pinyinForms(text)) forms.add(form);
  }
  return [...forms].join("\n");
}

/** A query as it is compared with searchText: folded; spaces dropped for pinyin like `zi jie`. */
export function searchNeedle(query: string): string {
  const folded = foldSearchText(query);
  return /^[a-z\s]+$/.test(folded) ? folded.replace(/\s+/g, "") : folded;
}
