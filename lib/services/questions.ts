// Question sets: the list with counts, create, rename, reorder, delete. Every statement is
// scoped by userId; another user's set id is NOT_FOUND.
import "server-only";

import type { z } from "zod";

import { db, transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { limitSql } from "@/lib/services/list-sql";
import type { ZCreateSetInput, ZRenameSetInput, ZReorderInput } from "@/lib/validation/questions";

export type TSetSummary = {
  id: string;
  title: string;
  sortOrder: number;
  questions: number;
  starred: number;
  placeholders: number;
  known: number;
  learning: number;
  fresh: number;
  /** How many companies the set is linked to (the delete confirmation names the first few, readSetLinks). */
  linkedCompanies: number;
};

/** Company names the delete confirmation lists; the rest are counted. */
export const SET_COMPANY_NAMES = 5;

type TSetRow = Omit<TSetSummary, "fresh">;

/**
 * Every set of the user, in order, with its counts: one statement, one row per set. The counts
 * are kept per set ("SetCount", migrations set_counts and set_links).
 */
export async function listSets(userId: string): Promise<TSetSummary[]> {
  assertUserId(userId);
  const rows = await db.$queryRaw<TSetRow[]>`
    SELECT s.id, s.title, s."sortOrder", n.questions, n.starred, n.placeholders, n.known, n.learning, n.linked AS "linkedCompanies"
    FROM "QuestionSet" s
    JOIN "SetCount" n ON n."setId" = s.id AND n."userId" = ${userId}
    WHERE s."userId" = ${userId}
    ORDER BY s."sortOrder", s."createdAt", s.id`;
  return rows.map((row) => ({ ...row, fresh: row.questions - row.known - row.learning }));
}

/**
 * How many companies a set of the user is linked to, and the first SET_COMPANY_NAMES of their
 * names in pinyin order (as the companies table sorts them), read together (the delete
 * question); none for another user's set.
 */
export async function readSetLinks(userId: string, setId: string): Promise<{ count: number; names: string[] }> {
  assertUserId(userId);
  const [links] = await db.$queryRaw<{ count: number; names: string[] }[]>`
    SELECT n.linked AS count, ARRAY(
      SELECT co.name FROM "CompanySet" cs JOIN "Company" co ON co.id = cs."companyId" AND co."userId" = ${userId}
      WHERE cs."userId" = ${userId} AND cs."setId" = n."setId"
      ORDER BY co.name COLLATE "zh-x-icu", co.id LIMIT ${limitSql(SET_COMPANY_NAMES)}) AS names
    FROM "SetCount" n WHERE n."setId" = ${setId} AND n."userId" = ${userId}`;
  return links ?? { count: 0, names: [] };
}

/** A URL-safe slug unique per user: the title's ASCII words, or "set", plus a suffix if taken. */
function baseSlug(title: string): string {
  const ascii = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  return ascii || "set";
}

/** Inside `tx`: a new set at the end of the list, under the first free slug from `base`. */
export async function insertSet(tx: TTx, userId: string, title: string, base = baseSlug(title)) {
  const taken = await tx.questionSet.findMany({
    where: { userId, slug: { startsWith: base } },
    select: { slug: true },
  });
  const slugs = new Set(taken.map((row) => row.slug));
  let slug = base;
  for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
  const last = await tx.questionSet.aggregate({ where: { userId }, _max: { sortOrder: true } });
  return tx.questionSet.create({
    data: { userId, title, slug, sortOrder: (last._max.sortOrder ?? 0) + 1 },
    select: { id: true, title: true, slug: true },
  });
}

export async function createSet(userId: string, input: z.output<typeof ZCreateSetInput>) {
  assertUserId(userId);
  return transaction(userId, (tx) => insertSet(tx, userId, input.title));
}

export async function renameSet(userId: string, input: z.output<typeof ZRenameSetInput>) {
  assertUserId(userId);
  const { setId, title } = input;
  const { count } = await transaction(userId, (tx) => tx.questionSet.updateMany({ where: { id: setId, userId }, data: { title } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** Puts the user's sets in the given order; every id must be one of the user's sets. */
export async function reorderSets(userId: string, input: z.output<typeof ZReorderInput>) {
  assertUserId(userId);
  const { ids } = input;
  await transaction(userId, async (tx) => {
    const owned = await tx.questionSet.count({ where: { userId, id: { in: ids } } });
    if (owned !== new Set(ids).size) throw new AppError("NOT_FOUND");
    await tx.$executeRaw`
      UPDATE "QuestionSet" s SET "sortOrder" = o.ord::int, "updatedAt" = now()
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS o(id, ord)
      WHERE s.id = o.id AND s."userId" = ${userId}`;
  });
}

/** Deletes a set with its questions, progress and company links. */
export async function deleteSet(userId: string, setId: string) {
  assertUserId(userId);
  const { count } = await transaction(userId, (tx) => tx.questionSet.deleteMany({ where: { id: setId, userId } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}

type TSetHeader = { id: string; title: string; slug: string; notes: string; linkedCompanies: number };

/** The set page's header: title, the set's own notes and how many companies it is linked to; one statement. */
export async function getSetHeader(userId: string, setId: string): Promise<TSetHeader> {
  assertUserId(userId);
  const [set] = await db.$queryRaw<TSetHeader[]>`
    SELECT s.id, s.title, s.slug, s.notes, n.linked AS "linkedCompanies"
    FROM "QuestionSet" s JOIN "SetCount" n ON n."setId" = s.id AND n."userId" = ${userId}
    WHERE s.id = ${setId} AND s."userId" = ${userId}`;
  if (!set) throw new AppError("NOT_FOUND");
  return set;
}
