// The companies table's option lists, without zod: client components import them from here so
// the validation library stays out of the browser bundle.

export const TIER_FILTERS = ["S", "A", "B", "C", "N", "NONE"] as const;
export type TTierFilter = (typeof TIER_FILTERS)[number];

/** The columns the companies table sorts by: a whitelist, mapped to SQL in the service. */
export const COMPANY_SORT_KEYS = ["name", "tier", "stage", "outcome", "nextEvent", "lastActivity", "prep"] as const;
export type TCompanySortKey = (typeof COMPANY_SORT_KEYS)[number];

/** A search longer than this searches by its first this many characters, and says so. */
export const COMPANY_SEARCH_MAX = 100;
/** The longest company name; a longer one is refused with a message, never cut. */
export const COMPANY_NAME_MAX = 80;

/** Rows per page: 25 unless the URL asks for more (`?size=50`), which the page-size menu does. */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** The columns a user can hide (User.preferences). */
export const COMPANY_COLUMN_IDS = ["tier", "stage", "outcome", "nextEvent", "lastActivity", "prep", "revival"] as const;
