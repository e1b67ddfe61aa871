// Search across all of a user's questions, titles and answers, as a case-insensitive substring
// match (Chinese included). The GIN trigram indexes on Question.title and Question.answerMd
// (migration 20261129010500_questions_search_trgm) serve terms of 3+ characters; shorter terms
// scan the user's questions. Results come back grouped by set, each with a snippet of the answer.
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { ZSearchQuery } from "@/lib/validation/questions";

export const SEARCH_LIMIT = 100;
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;

export type TSearchHit = {
  id: string;
  title: string;
  stars: number;
  placeholder: boolean;
  /** Part of the answer around the first match, or its beginning when only the title matched. */
  snippet: string;
  snippetStart: boolean;
  snippetEnd: boolean;
};
export type TSearchGroup = { setId: string; setTitle: string; hits: TSearchHit[] };
export type TSearchResult = { term: string; groups: TSearchGroup[]; total: number; truncated: boolean };

type TRow = Omit<TSearchHit, "snippetStart" | "snippetEnd"> & {
  setId: string;
  setTitle: string;
  snippetFrom: number;
  answerLength: number;
};

/** `%`, `_` and `\` match themselves. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function searchQuestions(userId: string, input: { q: string }): Promise<TSearchResult> {
  assertUserId(userId);
  const { q: term } = ZSearchQuery.parse(input);
  const pattern = `%${escapeLike(term)}%`;
  const rows = await db.$queryRaw<TRow[]>`
    SELECT q.id, q.title, q.stars, q.placeholder, s.id AS "setId", s.title AS "setTitle",
           m.from_ AS "snippetFrom", length(q."answerMd") AS "answerLength",
           substr(q."answerMd", m.from_, ${SNIPPET_LENGTH}) AS snippet
    FROM "Question" q
    JOIN "QuestionSet" s ON s.id = q."setId" AND s."userId" = ${userId}
    CROSS JOIN LATERAL (
      SELECT greatest(1, strpos(lower(q."answerMd"), lower(${term})) - ${SNIPPET_BEFORE}) AS from_
    ) m
    WHERE q."userId" = ${userId} AND (q.title ILIKE ${pattern} OR q."answerMd" ILIKE ${pattern})
    ORDER BY s."sortOrder", s.id, q.position, q.id
    LIMIT ${SEARCH_LIMIT + 1}`;
  const truncated = rows.length > SEARCH_LIMIT;
  const groups = new Map<string, TSearchGroup>();
  for (const row of rows.slice(0, SEARCH_LIMIT)) {
    const group = groups.get(row.setId) ?? { setId: row.setId, setTitle: row.setTitle, hits: [] };
    groups.set(row.setId, group);
    group.hits.push({
      id: row.id,
      title: row.title,
      stars: row.stars,
      placeholder: row.placeholder,
      snippet: row.snippet,
      snippetStart: row.snippetFrom > 1,
      snippetEnd: row.snippetFrom + SNIPPET_LENGTH <= row.answerLength,
    });
  }
  return { term, groups: [...groups.values()], total: Math.min(rows.length, SEARCH_LIMIT), truncated };
}

/** Splits text into parts, marking the case-insensitive matches of `term` (for <mark>). */
export function highlightParts(text: string, term: string): { text: string; match: boolean }[] {
  if (!term) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
