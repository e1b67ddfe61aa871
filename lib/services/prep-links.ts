// Links between question sets and companies: one at a time, a set's whole list, in bulk by tier
// or for the companies selected in the table, and suggestions for a company from what companies
// of the same tier use.
import "server-only";

import type { z } from "zod";

import { db, transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tier } from "@/lib/generated/prisma/enums";
import { limitSql, tierFilterSql } from "@/lib/services/list-sql";
import type { ZBulkLinkSet } from "@/lib/validation/companies";
import { type ZBulkLinkByTierInput, type ZLinkInput, type ZSetCompaniesInput } from "@/lib/validation/prep";

async function assertOwned(userId: string, companyId: string, setId: string) {
  const [company, set] = await Promise.all([
    db.company.count({ where: { id: companyId, userId } }),
    db.questionSet.count({ where: { id: setId, userId } }),
  ]);
  if (company === 0 || set === 0) throw new AppError("NOT_FOUND");
}

export async function linkSet(userId: string, input: z.output<typeof ZLinkInput>) {
  assertUserId(userId);
  const { companyId, setId } = input;
  await assertOwned(userId, companyId, setId);
  await transaction(userId, (tx) => tx.companySet.createMany({ data: [{ userId, companyId, setId }], skipDuplicates: true }));
}

export async function unlinkSet(userId: string, input: z.output<typeof ZLinkInput>) {
  assertUserId(userId);
  const { companyId, setId } = input;
  const { count } = await transaction(userId, (tx) => tx.companySet.deleteMany({ where: { userId, companyId, setId } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}

export type TSetCompanyOption = { id: string; name: string; tier: Tier | null; linked: boolean; searchText: string };

/** Every active company of the user, with whether it is linked to the set (the set page's picker). */
export async function listSetCompanies(userId: string, setId: string): Promise<TSetCompanyOption[]> {
  assertUserId(userId);
  return db.$queryRaw<TSetCompanyOption[]>`
    SELECT c.id, c.name, c.tier, (cs."setId" IS NOT NULL) AS linked, c."searchText"
    FROM "Company" c
    LEFT JOIN "CompanySet" cs ON cs."companyId" = c.id AND cs."setId" = ${setId} AND cs."userId" = ${userId}
    WHERE c."userId" = ${userId} AND (c."archivedAt" IS NULL OR cs."setId" IS NOT NULL)
    ORDER BY c.tier NULLS LAST, c.name`;
}

/** NOT_FOUND unless the set and every one of the (distinct) company ids are the user's. */
async function assertOwnsSetAndCompanies(tx: TTx, userId: string, setId: string, companyIds: string[]) {
  const set = await tx.questionSet.count({ where: { id: setId, userId } });
  const owned = await tx.company.count({ where: { userId, id: { in: companyIds } } });
  if (set === 0 || owned !== companyIds.length) throw new AppError("NOT_FOUND");
}

/** Replaces the companies a set is linked to; every id must be the user's. */
export async function setSetCompanies(userId: string, input: z.output<typeof ZSetCompaniesInput>) {
  assertUserId(userId);
  const { setId, companyIds } = input;
  const ids = [...new Set(companyIds)];
  await transaction(userId, async (tx) => {
    await assertOwnsSetAndCompanies(tx, userId, setId, ids);
    await tx.companySet.deleteMany({ where: { userId, setId, companyId: { notIn: ids } } });
    await tx.companySet.createMany({ data: ids.map((companyId) => ({ userId, companyId, setId })), skipDuplicates: true });
  });
}

/** Links a set to every active company in the given tiers (NONE: the untiered); returns how many links were added. */
export async function bulkLinkByTier(userId: string, input: z.output<typeof ZBulkLinkByTierInput>): Promise<number> {
  assertUserId(userId);
  const { setId, tiers } = input;
  const tierFilter = tierFilterSql(Prisma.sql`c.tier`, tiers);
  return transaction(userId, async (tx) => {
    const set = await tx.questionSet.count({ where: { id: setId, userId } });
    if (set === 0) throw new AppError("NOT_FOUND");
    return tx.$executeRaw`
      INSERT INTO "CompanySet" ("userId", "companyId", "setId")
      SELECT ${userId}, c.id, ${setId} FROM "Company" c
      WHERE c."userId" = ${userId} AND c."archivedAt" IS NULL
        AND ${tierFilter}
      ON CONFLICT ("companyId", "setId") DO NOTHING`;
  });
}

/**
 * Links a set to the given companies (the table's selection), in one transaction; the set and
 * every company must be the user's, or nothing changes. Returns the ids of the companies that
 * were not linked before, which is what unlinkSetFromCompanies takes to undo it.
 */
export async function linkSetToCompanies(userId: string, input: z.output<typeof ZBulkLinkSet>): Promise<string[]> {
  assertUserId(userId);
  const { setId, ids } = input;
  const unique = [...new Set(ids)];
  return transaction(userId, async (tx) => {
    await assertOwnsSetAndCompanies(tx, userId, setId, unique);
    const added = await tx.$queryRaw<{ companyId: string }[]>`
      INSERT INTO "CompanySet" ("userId", "companyId", "setId")
      SELECT ${userId}, id, ${setId} FROM unnest(${unique}::text[]) AS id
      ON CONFLICT ("companyId", "setId") DO NOTHING
      RETURNING "companyId"`;
    return added.map((row) => row.companyId);
  });
}

/** Removes the set's links to the given companies (undoes linkSetToCompanies); returns how many. */
export async function unlinkSetFromCompanies(userId: string, input: z.output<typeof ZBulkLinkSet>): Promise<number> {
  assertUserId(userId);
  const { setId, ids } = input;
  const { count } = await transaction(userId, (tx) => tx.companySet.deleteMany({ where: { userId, setId, companyId: { in: ids } } }));
  return count;
}

export type TSetSuggestion = { id: string; title: string; links: number };

/**
 * Sets to suggest for a company of `tier`: those linked to the most companies of that tier
 * (then to the most companies at all), leaving out sets the company already has.
 */
export async function suggestSets(userId: string, tier: Tier | null, companyId?: string, limit = 3): Promise<TSetSuggestion[]> {
  assertUserId(userId);
  const rows = await db.$queryRaw<{ id: string; title: string; links: bigint }[]>`
    SELECT s.id, s.title, count(c.id) FILTER (WHERE c.tier IS NOT DISTINCT FROM ${tier}::"Tier") AS links
    FROM "QuestionSet" s
    JOIN "CompanySet" cs ON cs."setId" = s.id AND cs."userId" = ${userId}
    JOIN "Company" c ON c.id = cs."companyId" AND c."userId" = ${userId}
    WHERE s."userId" = ${userId}
      AND NOT EXISTS (SELECT 1 FROM "CompanySet" own WHERE own."setId" = s.id AND own."companyId" = ${companyId ?? ""})
    GROUP BY s.id, s.title
    HAVING count(c.id) FILTER (WHERE c.tier IS NOT DISTINCT FROM ${tier}::"Tier") > 0
    ORDER BY links DESC, count(c.id) DESC, s."sortOrder"
    LIMIT ${limitSql(limit)}`;
  return rows.map((row) => ({ id: row.id, title: row.title, links: Number(row.links) }));
}
