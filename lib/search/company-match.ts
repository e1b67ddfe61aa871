// How a query is compared with a company's searchText (lib/search/company-text): here, without
// pinyin-pro, so the browser can filter a list it already has by the rule the server searches by
// (companySearchSql in lib/services/list-sql).

/** NFKC, lower case, trimmed: how both the stored text and a query are compared. */
export function foldSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/** A query as it is compared with searchText: folded; spaces dropped for pinyin like `zi jie`. */
export function searchNeedle(query: string): string {
  const folded = foldSearchText(query);
  return /^[a-z\s]+$/.test(folded) ? folded.replace(/\s+/g, "") : folded;
}

/** Whether the company (its searchText and name) is found by `query`; an empty query finds every one. */
export function companyMatches(searchText: string, name: string, query: string): boolean {
  const needle = searchNeedle(query);
  return needle === "" || searchText.includes(needle) || name.toLowerCase().includes(needle);
}
