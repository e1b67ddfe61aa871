// Mastery derives from the review card, in one place: no card (or a card reset to new) = NEW; a
// memory that holds at least KNOWN_STABILITY_DAYS = KNOWN; anything reviewed short of that =
// LEARNING. The bank, the set list, the prep checklist, the companies table, the board and
// 准备下一场 all read it through these fragments.
import { Prisma } from "@/lib/generated/prisma/client";
import { KNOWN_STABILITY_DAYS } from "@/lib/review/scheduler";

/** True where the ReviewCard alias `k` (possibly NULL from a LEFT JOIN) is a known card. */
export function isKnownSql(k: string): Prisma.Sql {
  const card = Prisma.raw(k);
  return Prisma.sql`(${card}.state <> 'NEW'::"CardState" AND ${card}.stability >= ${KNOWN_STABILITY_DAYS}::float8)`;
}

/** The "Mastery" of the ReviewCard alias `k` (NULL from a LEFT JOIN = no card = NEW). */
export function masterySql(k: string): Prisma.Sql {
  const card = Prisma.raw(k);
  return Prisma.sql`(CASE WHEN ${card}."questionId" IS NULL OR ${card}.state = 'NEW'::"CardState" THEN 'NEW'
    WHEN ${isKnownSql(k)} THEN 'KNOWN' ELSE 'LEARNING' END)::"Mastery"`;
}

/** LEFT JOIN of the user's card `k` of the Question alias `q`. */
export function cardJoinSql(userId: string, q: string, k: string): Prisma.Sql {
  return Prisma.sql`LEFT JOIN "ReviewCard" ${Prisma.raw(k)} ON ${Prisma.raw(k)}."userId" = ${userId} AND ${Prisma.raw(k)}."questionId" = ${Prisma.raw(q)}.id`;
}
