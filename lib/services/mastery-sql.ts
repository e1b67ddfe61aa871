// Mastery derives from the review card, by one rule: the database function card_mastery
// (migration 20261207010000_set_counts), which the kept per-set counts ("SetCount") use too, so a
// read and a count cannot disagree. No card (or a card reset to new) = NEW; a memory that holds
// at least KNOWN_STABILITY_DAYS = KNOWN; anything reviewed short of that = LEARNING. The bank, the
// prep checklist and 准备下一场 read it through these fragments.
import { Prisma } from "@/lib/generated/prisma/client";

/** The "Mastery" of the ReviewCard alias `k` (NULL from a LEFT JOIN = no card = NEW). */
export function masterySql(k: string): Prisma.Sql {
  const card = Prisma.raw(k);
  return Prisma.sql`card_mastery(${card}.state, ${card}.stability)`;
}

/** True where the ReviewCard alias `k` (possibly NULL from a LEFT JOIN) is a known card. */
export function isKnownSql(k: string): Prisma.Sql {
  return Prisma.sql`(${masterySql(k)} = 'KNOWN')`;
}

/** LEFT JOIN of the user's card `k` of the Question alias `q`. */
export function cardJoinSql(userId: string, q: string, k: string): Prisma.Sql {
  return Prisma.sql`LEFT JOIN "ReviewCard" ${Prisma.raw(k)} ON ${Prisma.raw(k)}."userId" = ${userId} AND ${Prisma.raw(k)}."questionId" = ${Prisma.raw(q)}.id`;
}
