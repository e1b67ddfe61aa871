// FSRS recall in SQL, so a page can take the recall of many cards at an interview's time without
// reading them. It is ts-fsrs 5.4's `get_retrievability`, step for step: t = whole days from the
// last review to `at` (floored, never negative), S = the stability rounded to 8 decimals,
// R = (1 + factor·t/S)^decay rounded to 8 decimals, with the decay and factor ts-fsrs itself
// derives from the user's parameters; a card never reviewed (or reset to new) recalls 0.
// tests/integration/review-recall.test.ts holds it to ts-fsrs card by card.
import { Prisma } from "@/lib/generated/prisma/client";
import { forgettingCurveOf } from "@/lib/review/scheduler";
import type { TReviewParameters } from "@/lib/validation/review";

/** ts-fsrs's `roundTo(x, 8)`: Math.round(x·1e8)/1e8 (x ≥ 0 here), in float8. */
const round8 = (x: Prisma.Sql) => Prisma.sql`(floor(${x} * 1e8::float8 + 0.5) / 1e8::float8)`;

/** The recall of the ReviewCard alias `k` (NULL from a LEFT JOIN = no card = 0) at the instant `at`. */
export function recallAtSql(k: string, at: Prisma.Sql, params: TReviewParameters): Prisma.Sql {
  const card = Prisma.raw(k);
  const { decay, factor } = forgettingCurveOf(params);
  const days = Prisma.sql`greatest(floor((extract(epoch FROM ${at}) - extract(epoch FROM ${card}."lastReview")) / 86400), 0)::float8`;
  const curve = Prisma.sql`power(1 + ${factor}::float8 * ${days} / ${round8(Prisma.sql`${card}.stability`)}, ${decay}::float8)`;
  return Prisma.sql`(CASE WHEN ${card}."lastReview" IS NULL OR ${card}.state = 'NEW'::"CardState" OR ${card}.stability <= 0 THEN 0::float8
    ELSE ${round8(curve)} END)`;
}
