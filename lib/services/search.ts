// Search across all of a user's questions, titles and answers, as a case-insensitive substring
// match (Chinese included). The GIN trigram indexes on Question.title and Question.answerMd
// (migration 20261129010500_questions_search_trgm; the cluster's ctype is C.UTF-8, so CJK
// characters form trigrams) serve selective terms of 3+ characters; shorter or common terms scan
// the user's questions. Results come back a page at a time, grouped by set, each with a plain-text
// snippet of the answer around the match.
import "server-only";

import type { z } from "zod";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike, plainSnippet, type TSnippet } from "@/lib/search/text";
import { limitSql, pagePositionSql } from "@/lib/services/list-sql";
import type { ZSearchQuery } from "@/lib/validation/questions";

export const SEARCH_PAGE_SIZE = 20;
/** Matches are counted up to this many; past it the page says "100+". */
export const SEARCH_COUNT_CAP = 100;
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;
// The Markdown window read from the database: wider than the snippet, as syntax falls away.
const WINDOW_BEFORE = 80;
const WINDOW_LENGTH = 360;

type TSearchHit = {
  id: string;
  title: string;
  stars: number;
  placeholder: boolean;
  /** Plain text of the answer around the first match, or its beginning when only the title matched. */
  snippet: TSnippet;
};
type TSearchGroup = { setId: string; setTitle: string; hits: TSearchHit[] };
export type TSearchResult = {
  term: string;
  groups: TSearchGroup[];
  /** Matches counted up to SEARCH_COUNT_CAP + 1. */
  total: number;
  page: number;
  hasNext: boolean;
};

type TRow = {
  id: string;
  title: string;
  stars: number;
  placeholder: boolean;
  setId: string;
  setTitle: string;
  windowFrom: number;
  answerLength: number;
  window: string;
  /** The window starts inside a fenced code block (an odd number of fence lines before it). */
  inFence: boolean;
  total: bigint;
};

/**
 * ILIKE lower-cases every character it compares, which on CJK text costs about 5× LIKE (measured:
 * 70–100 ms against 13–18 ms over 5,000 answers). A term without cased letters (Chinese, digits,
 * punctuation) matches the same either way, so it uses LIKE, and finds its snippet without lower().
 */
function matches(pattern: string, caseless: boolean): Prisma.Sql {
  return caseless
    ? Prisma.sql`(q.title LIKE ${pattern} OR q."answerMd" LIKE ${pattern})`
    : Prisma.sql`(q.title ILIKE ${pattern} OR q."answerMd" ILIKE ${pattern})`;
}

function position(term: string, caseless: boolean): Prisma.Sql {
  return caseless ? Prisma.sql`strpos(h."answerMd", ${term})` : Prisma.sql`strpos(lower(h."answerMd"), lower(${term}))`;
}

/**
 * One page of matches in set order, plus the number of matches counted up to the cap; one
 * statement. The snippet window is cut only for the page's rows, after the limit. A page past
 * the end has no groups and total 0.
 */
export async function searchQuestions(userId: string, input: z.output<typeof ZSearchQuery>): Promise<TSearchResult> {
  assertUserId(userId);
  const { q: term, page } = input;
  const pattern = `%${escapeLike(term)}%`;
  const caseless = term.toLowerCase() === term.toUpperCase();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const rows = await db.$queryRaw<TRow[]>`
    WITH hits AS (
      SELECT q.id, q.title, q.stars, q.placeholder, q."answerMd", s.id AS "setId", s.title AS "setTitle",
             s."sortOrder", q.position
      FROM "Question" q
      JOIN "QuestionSet" s ON s.id = q."setId" AND s."userId" = ${userId}
      WHERE q."userId" = ${userId} AND ${matches(pattern, caseless)}
      ORDER BY s."sortOrder", s.id, q.position, q.id
      LIMIT ${limitSql(SEARCH_PAGE_SIZE + 1)} OFFSET ${pagePositionSql(offset)}
    ), counted AS (
      SELECT count(*) AS total FROM (
        SELECT 1 FROM "Question" q WHERE q."userId" = ${userId} AND ${matches(pattern, caseless)} LIMIT ${limitSql(SEARCH_COUNT_CAP + 1)}
      ) c
    )
    SELECT h.id, h.title, h.stars, h.placeholder, h."setId", h."setTitle",
           m.from_ AS "windowFrom", length(h."answerMd") AS "answerLength",
           substr(h."answerMd", m.from_, ${WINDOW_LENGTH}) AS window, counted.total,
           (SELECT count(*) FROM regexp_matches(substr(h."answerMd", 1, m.from_ - 1), '^[ \t]*(\`\`\`|~~~)', 'gn')) % 2 = 1 AS "inFence"
    FROM hits h
    CROSS JOIN counted
    CROSS JOIN LATERAL (SELECT greatest(1, ${position(term, caseless)} - ${WINDOW_BEFORE}) AS from_) m
    ORDER BY h."sortOrder", h."setId", h.position, h.id`;
  const groups = new Map<string, TSearchGroup>();
  for (const row of rows.slice(0, SEARCH_PAGE_SIZE)) {
    const group = groups.get(row.setId) ?? { setId: row.setId, setTitle: row.setTitle, hits: [] };
    groups.set(row.setId, group);
    group.hits.push({
      id: row.id,
      title: row.title,
      stars: row.stars,
      placeholder: row.placeholder,
      snippet: plainSnippet(row.window, term, {
        from: row.windowFrom,
        inFence: row.inFence,
        more: row.windowFrom + WINDOW_LENGTH <= row.answerLength,
        length: SNIPPET_LENGTH,
        before: SNIPPET_BEFORE,
      }),
    });
  }
  const total = rows[0] ? Number(rows[0].total) : 0;
  return { term, groups: [...groups.values()], total, page, hasNext: rows.length > SEARCH_PAGE_SIZE };
}
