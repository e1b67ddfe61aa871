// SQL fragments the list statements share (companies table, board, dashboard, prep checklist,
// 准备下一场), so each rule is written once: which event is a company's or an application's
// "next pending event", which events wait for a result, what a tier filter keeps, and the kept
// application and company counts.
import { COUNT_CAP } from "@/lib/capped-count";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { searchNeedle } from "@/lib/search/company-match";
import type { TTierFilter } from "@/lib/validation/companies";

const waitingSql = (event: Prisma.Sql) => Prisma.sql`${event}.result = 'PENDING'::"EventResult"`;

/**
 * The StageEvent alias `e` (an SQL identifier) is still coming up: waiting for its result on an
 * active application of a company not archived (kept as "live"). Only these count as upcoming,
 * need no update yet, and clash (撞车).
 */
export function comingUpSql(e: string): Prisma.Sql {
  const event = Prisma.raw(e);
  return Prisma.sql`${waitingSql(event)} AND ${event}.live`;
}

/** The StageEvent alias `e` (an SQL identifier) is one of the user's events still waiting for its result and scheduled from `now` on. */
export function pendingEventSql(e: string, userId: string, now: Date): Prisma.Sql {
  const event = Prisma.raw(e);
  return Prisma.sql`${event}."userId" = ${userId} AND ${waitingSql(event)} AND ${event}."scheduledAt" >= ${now}`;
}

type TEventRange = { from?: Date; to?: Date };

/** The user's events `e` (alias) still coming up (comingUpSql), scheduled in [from, to). */
export function liveEventsWhereSql(userId: string, range: TEventRange, stages?: readonly Stage[], e = "e"): Prisma.Sql {
  const event = Prisma.raw(e);
  return Prisma.sql`${event}."userId" = ${userId} AND ${comingUpSql(e)}
    ${stages ? Prisma.sql`AND ${event}.stage = ANY(${enumArraySql(stages, "Stage")})` : Prisma.empty}
    ${range.from ? Prisma.sql`AND ${event}."scheduledAt" >= ${range.from}` : Prisma.empty}
    ${range.to ? Prisma.sql`AND ${event}."scheduledAt" < ${range.to}` : Prisma.empty}`;
}

/**
 * CROSS JOIN LATERAL `owner` (an SQL identifier): the application and company of the user's
 * StageEvent alias `e` ("applicationId", version, role, "companyId", "companyName", tier); with
 * `unarchived`, none for an archived company's event. Looked up as each event is read (LIMIT 1, so
 * never flattened into a join): a plan walks the events and a LIMIT stops the walk whatever the
 * statistics say, and planning weighs one relation per event instead of every order of the joins.
 */
export function eventOwnerSql(e: string, owner: string, userId: string, unarchived = false): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT la.id AS "applicationId", la.version, la.role, lc.id AS "companyId", lc.name AS "companyName", lc.tier
      FROM "Application" la JOIN "Company" lc ON lc.id = la."companyId" AND lc."userId" = ${userId}
        ${unarchived ? Prisma.sql`AND lc."archivedAt" IS NULL` : Prisma.empty}
      WHERE la.id = ${Prisma.raw(e)}."applicationId" AND la."userId" = ${userId} LIMIT 1
    ) ${Prisma.raw(owner)}`;
}

/**
 * FROM … WHERE: the user's live events `e` still waiting for their result (liveEventsWhereSql),
 * of `stages` when given, each with its `owner` (eventOwnerSql), walking the pending live events'
 * index (StageEvent_pending_idx) in time order.
 */
export function liveEventsSql(userId: string, range: TEventRange, stages?: readonly Stage[]): Prisma.Sql {
  return Prisma.sql`FROM "StageEvent" e ${eventOwnerSql("e", "owner", userId)}
    WHERE ${liveEventsWhereSql(userId, range, stages)}`;
}

/**
 * How many of liveEventsSql's events there are, reading at most COUNT_CAP + 1 entries of the
 * pending live events' index (lib/capped-count): a number past COUNT_CAP means "more".
 */
export function liveEventsCountSql(userId: string, range: TEventRange, stages?: readonly Stage[]): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM (
    SELECT 1 FROM "StageEvent" e WHERE ${liveEventsWhereSql(userId, range, stages)} ORDER BY e."scheduledAt" LIMIT ${limitSql(COUNT_CAP + 1)}) capped)`;
}

/** A LATERAL join `ne` (stage, label, "scheduledAt"): the next pending event of one application. */
export function nextEventOfApplication(userId: string, applicationId: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT x.stage, x.label, x."scheduledAt" FROM "StageEvent" x
    WHERE x."applicationId" = ${applicationId} AND ${pendingEventSql("x", userId, now)}
    ORDER BY x."scheduledAt" ASC LIMIT 1
  ) ne ON true`;
}

/**
 * A LATERAL join `le` (stage, label, at): the latest event of one application dated before `now`
 * (when it happened, else when it was scheduled), for a card with nothing coming up. With `only`
 * (a condition on the rows joined before, e.g. `ne."scheduledAt" IS NULL`), it is looked up only
 * where that holds, and is all NULL elsewhere.
 */
export function lastEventOfApplication(userId: string, applicationId: Prisma.Sql, now: Date, only?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT x.stage, x.label, coalesce(x."happenedAt", x."scheduledAt") AS at FROM "StageEvent" x
    WHERE ${only ?? Prisma.sql`true`} AND x."applicationId" = ${applicationId} AND x."userId" = ${userId} AND coalesce(x."happenedAt", x."scheduledAt") < ${now}
    ORDER BY x.position DESC LIMIT 1
  ) le ON true`;
}

/** A LATERAL join `ne` (stage, label, "scheduledAt"): the next pending event of a company's active applications. */
export function nextEventOfCompany(userId: string, companyId: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT ne.stage, ne.label, ne."scheduledAt"
    FROM "Application" ea ${nextEventOfApplication(userId, Prisma.sql`ea.id`, now)}
    WHERE ea."userId" = ${userId} AND ea."companyId" = ${companyId} AND ea.outcome = 'ACTIVE'::"Outcome" AND ne."scheduledAt" IS NOT NULL
    ORDER BY ne."scheduledAt" ASC LIMIT 1
  ) ne ON true`;
}

/** The tier column `tier` is one of `tiers` (NONE: no tier); no tiers keep every row. */
export function tierFilterSql(tier: Prisma.Sql, tiers: readonly TTierFilter[]): Prisma.Sql {
  if (tiers.length === 0) return Prisma.sql`true`;
  const named = tiers.filter((value) => value !== "NONE");
  return Prisma.sql`(${tier} = ANY(${named}::"Tier"[]) OR (${tiers.includes("NONE")} AND ${tier} IS NULL))`;
}

/**
 * A JSON array (or NULL) of TStageCount (lib/applications/funnel) for the user's applications of companies not archived,
 * in the tiers `tiers` (all without), from the kept counts (migration list_counts).
 */
export function applicationCountsSql(userId: string, tiers: readonly TTierFilter[]): Prisma.Sql {
  const inTiers = tiers.length === 0 ? Prisma.empty : Prisma.sql`AND k.tier = ANY(${[...tiers]}::text[])`;
  return Prisma.sql`(SELECT json_agg(k) FROM (
    SELECT k.stage, k.outcome, sum(k.n)::int AS n FROM "ApplicationCount" k
    WHERE k."userId" = ${userId} ${inTiers} GROUP BY k.stage, k.outcome HAVING sum(k.n) > 0) k)`;
}

/** JSON { tier: n } of the user's companies not archived, from the kept counts (migration dashboard_reads). */
export function companyTierCountsSql(userId: string): Prisma.Sql {
  return Prisma.sql`(SELECT json_object_agg(t.tier, t.n) FROM (
    SELECT k.tier, sum(k.n)::int AS n FROM "CompanyCount" k WHERE k."userId" = ${userId} GROUP BY 1 HAVING sum(k.n) > 0) t)`;
}

/**
 * The Company alias `c` (an SQL identifier) is found by `query` (name, alias, pinyin or initials,
 * lib/search/company-text); an empty query keeps every row. companyMatches is the same rule in the
 * browser.
 */
export function companySearchSql(c: string, query: string): Prisma.Sql {
  const needle = searchNeedle(query);
  if (needle === "") return Prisma.sql`true`;
  const company = Prisma.raw(c);
  return Prisma.sql`strpos(${company}."searchText" || E'\n' || lower(${company}.name) || E'\n' || lower(array_to_string(${company}.aliases, E'\n')), ${needle}) > 0`;
}

/**
 * The count `n` as a literal of the statement, for its LIMIT. LIMIT counts are written into a
 * statement's text, not passed as values: statements are prepared and may run on a generic plan,
 * made without their values (lib/db.ts), and a LIMIT the planner cannot see is taken as a tenth of
 * the rows, which can turn an index walk that stops after a page into a join or sort of every row.
 */
export function limitSql(n: number): Prisma.Sql {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`a LIMIT is a count, not ${n}`);
  return Prisma.raw(String(n));
}

/** The largest row position written into a statement's text (pagePositionSql). */
const LITERAL_OFFSET_MAX = 1_000;

/**
 * Where a page starts or ends (an OFFSET, or the rows read up to a page's end): in the statement's
 * text for the first pages, as limitSql's counts are; past LITERAL_OFFSET_MAX a value, so page
 * numbers typed into a URL cannot use up the statements lib/db.ts names (the first 400 texts).
 */
export function pagePositionSql(n: number): Prisma.Sql {
  return n <= LITERAL_OFFSET_MAX ? limitSql(n) : Prisma.sql`${n}::int`;
}

/**
 * The app's own fixed list of enum values (stages of a rule, say; never a user's filter) as an
 * array literal of the statement, like limitSql's counts: a generic plan sees the values, so
 * PostgreSQL can keep one plan instead of planning the statement again on every run.
 */
export function enumArraySql(values: readonly string[], type: "Stage" | "Outcome"): Prisma.Sql {
  if (values.length === 0 || !values.every((value) => /^[A-Z_]+$/.test(value))) throw new Error(`not enum values: ${values.join(", ")}`);
  return Prisma.raw(`ARRAY[${values.map((value) => `'${value}'`).join(", ")}]::"${type}"[]`);
}
