// The text a company is found by: its name and aliases as written (lower-cased, full-width
// folded), plus full pinyin and pinyin initials of the Chinese ones, so `zjtd`, `zijie` and
// `字节` all find 字节跳动. Stored in Company.searchText by every write in lib/services/companies.
// A query is compared with it by lib/search/company-match (client-safe: no pinyin-pro there).
import { pinyin } from "pinyin-pro";

import { foldSearchText } from "@/lib/search/company-match";

export { searchNeedle } from "@/lib/search/company-match";

const HAN = /\p{Script=Han}/u;

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
