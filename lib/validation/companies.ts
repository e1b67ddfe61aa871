import { z } from "zod";

import { Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";

import { ZId } from "./id";
import { MARKDOWN_MAX_DEPTH, markdownNestingDepth } from "./markdown-limits";
import {
  COMPANY_COLUMN_IDS,
  COMPANY_NAME_MAX,
  COMPANY_SEARCH_MAX,
  COMPANY_SORT_KEYS,
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  TIER_FILTERS,
} from "./companies-options";

export * from "./companies-options";

// Messages are i18n keys; forms translate them.

/** A comma-separated list in a search param (`?tier=S,A`): unknown values are dropped. */
function csvOf<const T extends readonly [string, ...string[]]>(values: T) {
  const member = z.enum(values);
  return z
    .string()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((raw) => {
      const picked = (raw ?? "").split(",").filter((part): part is T[number] => member.safeParse(part).success);
      return [...new Set(picked)];
    });
}

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The companies table's state, parsed from the URL: bad values fall back to defaults. */
export const ZCompanyTableQuery = z.object({
  /** Cut to COMPANY_SEARCH_MAX characters: the search box says when it holds more. */
  q: z
    .preprocess(firstOf, z.string().optional().catch(undefined))
    .transform((q) => (q ?? "").trim().slice(0, COMPANY_SEARCH_MAX).replace(/[\uD800-\uDBFF]$/, "").trim()),
  tier: z.preprocess(firstOf, csvOf(TIER_FILTERS)),
  stage: z.preprocess(firstOf, csvOf(Object.values(Stage) as [Stage, ...Stage[]])),
  outcome: z.preprocess(firstOf, csvOf(Object.values(Outcome) as [Outcome, ...Outcome[]])),
  week: z.preprocess(firstOf, z.literal("1").optional().catch(undefined)).transform((week) => week === "1"),
  /** `?archived=1`: the archived companies instead of the active ones. */
  archived: z.preprocess(firstOf, z.literal("1").optional().catch(undefined)).transform((archived) => archived === "1"),
  sort: z.preprocess(firstOf, z.enum(COMPANY_SORT_KEYS).catch("lastActivity")),
  dir: z.preprocess(firstOf, z.enum(["asc", "desc"]).catch("desc")),
  page: z.preprocess(firstOf, z.coerce.number().int().min(1).max(10_000).catch(1)),
  size: z.preprocess(
    firstOf,
    z.coerce
      .number()
      .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
      .catch(DEFAULT_PAGE_SIZE),
  ),
});
export type TCompanyTableQuery = z.infer<typeof ZCompanyTableQuery>;

const ZAlias = z.string().trim().min(1).max(60, "companies.validation.aliasTooLong");

const ZCompanyFields = z.object({
  name: z.string().trim().min(1, "companies.validation.nameRequired").max(COMPANY_NAME_MAX, "companies.validation.nameTooLong"),
  tier: z.enum(Tier).nullable(),
  aliases: z.array(ZAlias).max(20, "companies.validation.tooManyAliases"),
  website: z
    .string()
    .trim()
    .max(300, "companies.validation.websiteInvalid")
    .refine((url) => url === "" || /^https?:\/\/\S+$/i.test(url), "companies.validation.websiteInvalid"),
  notes: z
    .string()
    .max(20_000, { message: "companies.validation.notesTooLong", abort: true })
    .refine((notes) => markdownNestingDepth(notes) <= MARKDOWN_MAX_DEPTH, "companies.validation.notesTooDeep"),
  revival: z.boolean(),
});

export const ZCreateCompany = ZCompanyFields.partial({ aliases: true, website: true, notes: true, revival: true }).extend({
  /** The user saw the near-duplicate warning and wants the company anyway. */
  confirmNear: z.boolean().optional(),
});
export type TCreateCompany = z.infer<typeof ZCreateCompany>;

export const ZUpdateCompany = ZCompanyFields.partial().extend({ id: ZId, version: z.number().int().min(1) });
export type TUpdateCompany = z.infer<typeof ZUpdateCompany>;

const ZIds = z.array(ZId).min(1).max(500);
export const ZBulkTier = z.object({ ids: ZIds, tier: z.enum(Tier).nullable() });
export const ZBulkIds = z.object({ ids: ZIds });
/** Undo of a bulk tier: the tier that was set, and each company's tier before. */
export const ZTierUndo = z.object({
  tier: z.enum(Tier).nullable(),
  previous: z.array(z.object({ id: ZId, tier: z.enum(Tier).nullable() })).min(1).max(500),
});
/** One question set linked to (or, to undo, unlinked from) the selected companies. */
export const ZBulkLinkSet = z.object({ setId: ZId, ids: ZIds });

export const ZTablePreferences = z.object({
  density: z.enum(["comfortable", "compact"]),
  hidden: z.array(z.enum(COMPANY_COLUMN_IDS)).max(COMPANY_COLUMN_IDS.length),
});
export type TTablePreferences = z.infer<typeof ZTablePreferences>;
export const DEFAULT_TABLE_PREFERENCES: TTablePreferences = { density: "comfortable", hidden: [] };
