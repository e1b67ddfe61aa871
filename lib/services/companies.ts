// Companies: create (with duplicate warnings), edit with a version check, bulk tier/archive,
// the company page's read and the table's remembered settings. Every write keeps
// Company.searchText (pinyin) current.
import "server-only";

import { db, isPrismaError, transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { normalizeCompanyName } from "@/lib/companies/normalize-name";
import { findDuplicateCompanies, sameRegion, storedCompanyKey } from "@/lib/services/companies-duplicates";
import { mergeUserPreferences } from "@/lib/services/users";
import type { Tier } from "@/lib/generated/prisma/enums";
import { buildCompanySearchText } from "@/lib/search/company-text";
import type { TCreateCompany, TTablePreferences, TUpdateCompany } from "@/lib/validation/companies";

const cleanAliases = (name: string, aliases: readonly string[] = []) => {
  const seen = new Set([normalizeCompanyName(name)]);
  return aliases.filter((alias) => {
    const key = normalizeCompanyName(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Adds a company. An exact duplicate (normalized name or alias) is refused with CONFLICT and
 * the matches in details; a near one too, unless the user confirmed it (confirmNear).
 */
export async function createCompany(userId: string, input: TCreateCompany): Promise<{ id: string }> {
  assertUserId(userId);
  try {
    return await insertCompany(userId, input);
  } catch (error) {
    // Two tabs adding the same name at once: the unique (userId, normalizedName) index decides.
    if (isPrismaError(error, "P2002")) {
      throw new AppError("CONFLICT", "companies.duplicateExact", { duplicates: [] });
    }
    throw error;
  }
}

async function insertCompany(userId: string, input: TCreateCompany): Promise<{ id: string }> {
  const aliases = cleanAliases(input.name, input.aliases);
  return transaction(userId, async (tx) => {
    const duplicates = await findDuplicateCompanies(userId, input.name, aliases, { tx });
    const exact = duplicates.filter((duplicate) => duplicate.kind === "EXACT");
    if (exact.length > 0) throw new AppError("CONFLICT", "companies.duplicateExact", { duplicates: exact });
    if (duplicates.length > 0 && !input.confirmNear) {
      throw new AppError("CONFLICT", "companies.duplicateNear", { duplicates });
    }
    const archived = await tx.company.findFirst({
      where: { userId, normalizedName: normalizeCompanyName(input.name), archivedAt: { not: null } },
      select: { name: true },
    });
    if (archived && sameRegion(archived.name, input.name)) throw new AppError("CONFLICT", "companies.duplicateArchived", { duplicates: [] });
    return tx.company.create({
      data: {
        userId,
        name: input.name,
        normalizedName: await storedCompanyKey(tx, userId, input.name),
        aliases,
        tier: input.tier,
        website: input.website || null,
        notes: input.notes ?? "",
        revival: input.revival ?? false,
        searchText: buildCompanySearchText(input.name, aliases),
      },
      select: { id: true },
    });
  });
}

const COMPANY_HEADER_SELECT = {
  id: true,
  name: true,
  aliases: true,
  tier: true,
  website: true,
  notes: true,
  revival: true,
  archivedAt: true,
  version: true,
} as const;

/**
 * Edits the header fields. `version` is what the client loaded: if the company changed since,
 * VERSION_CONFLICT carries the fresh company instead of overwriting it.
 */
export async function updateCompany(userId: string, input: TUpdateCompany) {
  assertUserId(userId);
  const { id, version, ...fields } = input;
  return transaction(userId, async (tx) => {
    const current = await tx.company.findFirst({ where: { id, userId }, select: COMPANY_HEADER_SELECT });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== version) throw new AppError("VERSION_CONFLICT", "companies.versionConflict", { company: current });
    const name = fields.name ?? current.name;
    const aliases = cleanAliases(name, fields.aliases ?? current.aliases);
    if (fields.name !== undefined || fields.aliases !== undefined) {
      const exact = (await findDuplicateCompanies(userId, name, aliases, { excludeId: id, tx })).filter(
        (duplicate) => duplicate.kind === "EXACT",
      );
      if (exact.length > 0) throw new AppError("CONFLICT", "companies.duplicateExact", { duplicates: exact });
    }
    const updated = await tx.company.updateMany({
      where: { id, userId, version },
      data: {
        ...fields,
        website: fields.website === undefined ? undefined : fields.website || null,
        name,
        normalizedName: await storedCompanyKey(tx, userId, name, id),
        aliases,
        searchText: buildCompanySearchText(name, aliases),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new AppError("VERSION_CONFLICT", "companies.versionConflict");
    return tx.company.findFirstOrThrow({ where: { id, userId }, select: COMPANY_HEADER_SELECT });
  });
}

/** Ids must all be the user's (else NOT_FOUND and nothing changes). */
async function updateOwned(tx: TTx, userId: string, ids: readonly string[], data: { tier?: Tier | null; archivedAt?: Date | null }) {
  const unique = [...new Set(ids)];
  const result = await tx.company.updateMany({
    where: { userId, id: { in: unique } },
    data: { ...data, version: { increment: 1 } },
  });
  if (result.count !== unique.length) throw new AppError("NOT_FOUND");
  return result.count;
}

type TPreviousTier = { id: string; tier: Tier | null };

/** Sets the tier of the given companies; returns each one's tier before (what undo restores). */
export async function setCompaniesTier(userId: string, ids: readonly string[], tier: Tier | null): Promise<TPreviousTier[]> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const previous = await tx.company.findMany({ where: { userId, id: { in: [...new Set(ids)] } }, select: { id: true, tier: true } });
    await updateOwned(tx, userId, ids, { tier });
    return previous;
  });
}

/**
 * Undoes setCompaniesTier: each company gets its previous tier back, only while it still has the
 * tier that was set (else VERSION_CONFLICT and nothing changes). Another user's ids: NOT_FOUND.
 */
export async function restoreCompaniesTier(userId: string, set: Tier | null, previous: readonly TPreviousTier[]): Promise<number> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const ids = [...new Set(previous.map((company) => company.id))];
    const owned = await tx.company.findMany({ where: { userId, id: { in: ids } }, select: { id: true, tier: true } });
    if (owned.length !== ids.length) throw new AppError("NOT_FOUND");
    if (owned.some((company) => company.tier !== set)) throw new AppError("VERSION_CONFLICT", "companies.undoChange.tierConflict");
    const tiers = new Set(previous.map((company) => company.tier));
    for (const tier of tiers) {
      await updateOwned(tx, userId, previous.filter((company) => company.tier === tier).map((company) => company.id), { tier });
    }
    return ids.length;
  });
}

/** Archives (hides from the table and the board); restoreCompanies undoes it. */
export async function archiveCompanies(userId: string, ids: readonly string[], now = new Date()): Promise<number> {
  assertUserId(userId);
  return transaction(userId, (tx) => updateOwned(tx, userId, ids, { archivedAt: now }));
}

export async function restoreCompanies(userId: string, ids: readonly string[]): Promise<number> {
  assertUserId(userId);
  return transaction(userId, (tx) => updateOwned(tx, userId, ids, { archivedAt: null }));
}

export const APPLICATION_SELECT = {
  id: true,
  companyId: true,
  role: true,
  stage: true,
  outcome: true,
  appliedAt: true,
  closedAt: true,
  version: true,
  createdAt: true,
  events: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      stage: true,
      label: true,
      scheduledAt: true,
      happenedAt: true,
      result: true,
      notes: true,
      link: true,
      linkExpiresAt: true,
    },
  },
} as const;

/** The company page: header and every application with its events, or NOT_FOUND. */
export async function getCompanyDetail(userId: string, id: string) {
  assertUserId(userId);
  const company = await db.company.findFirst({
    where: { id, userId },
    select: {
      ...COMPANY_HEADER_SELECT,
      applications: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: APPLICATION_SELECT,
      },
    },
  });
  if (!company) throw new AppError("NOT_FOUND");
  return company;
}

export type TCompanyDetail = Awaited<ReturnType<typeof getCompanyDetail>>;
export type TApplicationDetail = TCompanyDetail["applications"][number];

// The companies table's column visibility and density, remembered per user in User.preferences
// (read back by listCompanyTable in its one statement).
const TABLE_PREFERENCES_KEY = "companiesTable";

/**
 * Merges into the preferences object in one statement, so other keys written meanwhile survive.
 * The statement locks only the user's row, the first lock of every write (transaction()): it
 * cannot deadlock.
 */
export async function saveTablePreferences(userId: string, preferences: TTablePreferences): Promise<void> {
  assertUserId(userId);
  await mergeUserPreferences(userId, { [TABLE_PREFERENCES_KEY]: preferences });
}
