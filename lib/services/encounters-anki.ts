// The Anki export of a set or of the whole bank: a text file for Anki's importer (or a zip of it
// with the images it shows), read from the database a page of questions at a time and sent as it
// is made, so its memory stays bounded however large the bank. Tags carry where each question was
// asked (字节跳动::二面) and its set.
import "server-only";

import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

import { markdownToAnkiHtml } from "@/lib/anki/answer-html";
import { ankiFileName, ankiHeader, ankiNoteLine, ankiTag, imageNamesIn } from "@/lib/anki/notes-file";
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { limitSql } from "@/lib/services/list-sql";

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
    LIMIT ${limitSql(PAGE)}`;
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

/** The notes file's pieces: the header, then a page of notes at a time; `images` gathers the image names used. */
async function* notesFile(userId: string, setId: string | null, deck: string, images: Set<string>): AsyncGenerator<string> {
  yield ankiHeader(deck);
  for (let after: TKey | null = null; ; ) {
    const rows = await page(userId, setId, after);
    if (rows.length === 0) return;
    const tags = await askedTags(userId, rows.map((row) => row.id));
    const notes = rows.map((row) => {
      const back = markdownToAnkiHtml(row.answerMd);
      for (const name of imageNamesIn(back)) images.add(name);
      return ankiNoteLine({ guid: row.id, front: front(row.title), back, tags: [ankiTag(row.setTitle), ...(tags.get(row.id) ?? [])] });
    });
    yield notes.join("");
    after = rows.at(-1)!;
  }
}

/** Images read from the database at once: up to 5 MB each. */
const IMAGE_BATCH = 8;

/**
 * The notes file and, under `media/`, the user's images its answers show, as one zip written as
 * it is read (a page of notes, then a few images, at a time).
 */
function zipWithMedia(userId: string, notes: AsyncGenerator<string>, images: Set<string>, fileName: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let names: string[] | null = null;
  let zip: Zip;
  let text: ZipDeflate;
  let sent = 0;
  let done = false;

  /** Feeds the zip its next piece: a page of notes, or a few images, or its end. */
  async function feed(): Promise<void> {
    if (names === null) {
      const next = await notes.next();
      if (!next.done) return text.push(encoder.encode(next.value));
      text.push(new Uint8Array(0), true);
      names = [...images];
    }
    const batch = names.splice(0, IMAGE_BATCH);
    if (batch.length === 0) return zip.end();
    const assets = await db.asset.findMany({ where: { userId, fileName: { in: batch } }, select: { fileName: true, data: true } });
    for (const asset of assets) {
      const file = new ZipPassThrough(`media/${asset.fileName}`);
      zip.add(file);
      file.push(new Uint8Array(asset.data), true);
    }
  }

  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        sent += 1;
        if (final) {
          done = true;
          controller.close();
        }
      });
      text = new ZipDeflate(fileName, { level: 6 });
      zip.add(text);
    },
    // Deflate holds small pieces back: a pull feeds until the zip gives out bytes (or ends).
    async pull() {
      for (const before = sent; sent === before && !done; ) await feed();
    },
    async cancel() {
      await notes.return(undefined);
    },
  });
}

/**
 * One set (`setId`) or the whole bank for Anki, in the deck `Offerboard::<set>` or `Offerboard`:
 * the notes file, or with `media` a zip of it and the images it shows. Another user's set is
 * NOT_FOUND, before anything is sent.
 */
export async function exportAnki(userId: string, setId: string | null, media = false): Promise<{ deck: string; stream: ReadableStream<Uint8Array> }> {
  assertUserId(userId);
  let deck = DECK_ROOT;
  if (setId) {
    const set = await db.questionSet.findFirst({ where: { id: setId, userId }, select: { title: true } });
    if (!set) throw new AppError("NOT_FOUND");
    deck = `${DECK_ROOT}::${set.title.replaceAll("::", ":")}`;
  }
  const images = new Set<string>();
  const notes = notesFile(userId, setId, deck, images);
  if (media) return { deck, stream: zipWithMedia(userId, notes, images, `${ankiFileName(deck)}.txt`) };
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await notes.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await notes.return(undefined);
    },
  });
  return { deck, stream };
}
