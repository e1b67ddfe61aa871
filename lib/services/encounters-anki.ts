// The Anki export of a set or of the whole bank: a text file for Anki's importer, read from the
// database a page of questions at a time and sent as it is made, so its memory stays bounded
// however large the bank. Tags carry where each question was asked (字节跳动::二面) and its set.
import "server-only";

import { markdownToAnkiHtml } from "@/lib/anki/answer-html";
import { ankiHeader, ankiNoteLine, ankiTag } from "@/lib/anki/notes-file";
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** Questions per page: each page is one statement for the questions and one for their tags. */
const PAGE = 200;
const DECK_ROOT = "Offerboard";

type TRow = { id: string; title: string; answerMd: string; setId: string; setTitle: string; sortOrder: number; position: number };
type TKey = Pick<TRow, "sortOrder" | "setId" | "position" | "id">;

async function page(userId: string, setId: string | null, after: TKey | null): Promise<TRow[]> {
  const from = after
    ? Prisma.sql`AND (s."sortOrder", s.id, q.position, q.id) > (${after.sortOrder}, ${after.setId}, ${after.position}, ${after.id})`
    : Prisma.empty;
  return db.$queryRaw<TRow[]>`
    SELECT q.id, q.title, q."answerMd", s.id AS "setId", s.title AS "setTitle", s."sortOrder", q.position
    FROM "Question" q JOIN "QuestionSet" s ON s.id = q."setId" AND s."userId" = ${userId}
    WHERE q."userId" = ${userId} AND (${setId}::text IS NULL OR q."setId" = ${setId}::text) ${from}
    ORDER BY s."sortOrder", s.id, q.position, q.id
    LIMIT ${PAGE}`;
}

/** Where each of these questions was asked, as tags. */
async function askedTags(userId: string, ids: string[]): Promise<Map<string, string[]>> {
  const rows = await db.$queryRaw<{ questionId: string; company: string; round: string }[]>`
    SELECT DISTINCT e."questionId", c.name AS company, e.round
    FROM "Encounter" e JOIN "Company" c ON c.id = e."companyId" AND c."userId" = ${userId}
    WHERE e."userId" = ${userId} AND e."questionId" = ANY(${ids}::text[])`;
  const tags = new Map<string, string[]>();
  for (const row of rows) tags.set(row.questionId, [...(tags.get(row.questionId) ?? []), ankiTag(row.company, row.round)]);
  return tags;
}

/** A title as the front of a card: its Markdown rendered, without the paragraph around it. */
function front(title: string): string {
  const html = markdownToAnkiHtml(title);
  const inner = /^<p>(.*)<\/p>$/su.exec(html)?.[1];
  return inner !== undefined && !inner.includes("<p>") ? inner : html;
}

/**
 * The notes file of one set (`setId`) or the whole bank, with the deck `Offerboard::<set>` or
 * `Offerboard`. Another user's set is NOT_FOUND, before anything is sent.
 */
export async function exportAnki(userId: string, setId: string | null): Promise<{ deck: string; stream: ReadableStream<Uint8Array> }> {
  assertUserId(userId);
  let deck = DECK_ROOT;
  if (setId) {
    const set = await db.questionSet.findFirst({ where: { id: setId, userId }, select: { title: true } });
    if (!set) throw new AppError("NOT_FOUND");
    deck = `${DECK_ROOT}::${set.title.replaceAll("::", ":")}`;
  }
  const encoder = new TextEncoder();
  let after: TKey | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(ankiHeader(deck)));
        return;
      }
      const rows = await page(userId, setId, after);
      if (rows.length === 0) return controller.close();
      const tags = await askedTags(userId, rows.map((row) => row.id));
      const lines = rows.map((row) =>
        ankiNoteLine({
          guid: row.id,
          front: front(row.title),
          back: markdownToAnkiHtml(row.answerMd),
          tags: [ankiTag(row.setTitle), ...(tags.get(row.id) ?? [])],
        }),
      );
      controller.enqueue(encoder.encode(lines.join("")));
      after = rows.at(-1)!;
    },
  });
  return { deck, stream };
}
