// LIMIT counts are written into a statement's text, not passed as values. Statements are prepared
// and may run on a generic plan, made without their values (lib/db.ts); a LIMIT the planner cannot
// see is taken as a tenth of the rows, which can turn an index walk that stops after a page into a
// join or sort of every row.
import { Prisma } from "@/lib/generated/prisma/client";

/** The count `n` as a literal of the statement, for its LIMIT. */
export function limitSql(n: number): Prisma.Sql {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`a LIMIT is a count, not ${n}`);
  return Prisma.raw(String(n));
}
