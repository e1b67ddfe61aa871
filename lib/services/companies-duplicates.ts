// Whether a name is a company the user has already: the check behind "add company" and rename,
// and the key a company is stored under (Company.normalizedName, unique per user).
import "server-only";

import { db, type TTx } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import {
  findNearMatches,
  nearCandidates,
  normalizeCompanyName,
  normalizeCompanyNameWithRegion,
} from "@/lib/companies/normalize-name";

/**
 * EXACT: a name or alias is the same company key (case, width, punctuation and legal form aside);
 * REGION: the same but for a region qualifier (`字节跳动（北京）` / `字节跳动`), which the person may
 * add anyway as a company of its own, like the near matches (ALIAS, CONTAINS, SIMILAR).
 */
export type TDuplicate = { id: string; name: string; kind: "EXACT" | "REGION" | "ALIAS" | "CONTAINS" | "SIMILAR" };

/**
 * Companies the user already has that `name` or one of `aliases` probably is: EXACT when a
 * normalized name or alias is equal (饿了么 / 饿了么公司), else near matches (饿了吗 / 饿了么).
 */
export async function findDuplicateCompanies(
  userId: string,
  name: string,
  aliases: readonly string[] = [],
  options: { excludeId?: string; tx?: TTx } = {},
): Promise<TDuplicate[]> {
  assertUserId(userId);
  const existing = await (options.tx ?? db).company.findMany({
    where: { userId, archivedAt: null, ...(options.excludeId ? { id: { not: options.excludeId } } : {}) },
    select: { id: true, name: true, aliases: true },
  });
  const wanted = [name, ...aliases];
  const wantedKeys = new Set(wanted.map(normalizeCompanyName));
  const wantedStrictKeys = new Set(wanted.map(normalizeCompanyNameWithRegion));
  const out: TDuplicate[] = [];
  for (const company of existing) {
    const names = [company.name, ...company.aliases];
    if (names.some((candidate) => wantedKeys.has(normalizeCompanyName(candidate)))) {
      const exact = names.some((candidate) => wantedStrictKeys.has(normalizeCompanyNameWithRegion(candidate)));
      out.push({ id: company.id, name: company.name, kind: exact ? "EXACT" : "REGION" });
      continue;
    }
    const candidates = nearCandidates(names);
    const near = wanted.flatMap((text) => findNearMatches(text, candidates))[0];
    if (near) out.push({ id: company.id, name: company.name, kind: near.kind });
  }
  return out.sort((a, b) => Number(b.kind === "EXACT") - Number(a.kind === "EXACT"));
}

/** The two names are one company even with their region qualifiers (an archived one blocks re-adding). */
export const sameRegion = (a: string, b: string) =>
  normalizeCompanyNameWithRegion(a) === normalizeCompanyNameWithRegion(b);

/**
 * The stored key (Company.normalizedName, unique per user) of a company named `name`: its
 * company key, or with its region qualifier when another company holds that key already (the
 * person added `字节跳动（北京）` beside `字节跳动` anyway). When the new name is the plain one and
 * the holder is region-qualified, the holder moves to its qualified key and the plain key is free.
 */
export async function storedCompanyKey(tx: TTx, userId: string, name: string, excludeId?: string): Promise<string> {
  const key = normalizeCompanyName(name);
  const holder = await tx.company.findFirst({
    where: { userId, normalizedName: key, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, name: true },
  });
  if (!holder) return key;
  const own = normalizeCompanyNameWithRegion(name);
  if (own !== key) return own;
  const holderKey = normalizeCompanyNameWithRegion(holder.name);
  if (holderKey !== key) await tx.company.updateMany({ where: { id: holder.id, userId }, data: { normalizedName: holderKey } });
  return key;
}
