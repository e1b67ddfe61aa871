// The companies table's URL: its query written back as search params (only what differs from the
// defaults), so a view can be bookmarked. Read back by ZCompanyTableQuery.
import { DEFAULT_PAGE_SIZE } from "@/lib/validation/companies-options";
import type { TCompanyTableQuery } from "@/lib/validation/companies";

export function toSearchParams(query: TCompanyTableQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.tier.length > 0) params.set("tier", query.tier.join(","));
  if (query.stage.length > 0) params.set("stage", query.stage.join(","));
  if (query.outcome.length > 0) params.set("outcome", query.outcome.join(","));
  if (query.week) params.set("week", "1");
  if (query.archived) params.set("archived", "1");
  if (query.sort !== "lastActivity" || query.dir !== "desc") {
    params.set("sort", query.sort);
    params.set("dir", query.dir);
  }
  if (query.page > 1) params.set("page", String(query.page));
  if (query.size !== DEFAULT_PAGE_SIZE) params.set("size", String(query.size));
  return params;
}

/** The table's last page for `total` rows (1 when there are none). */
export const lastPageOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** `/companies?…` for `query`. */
export function companiesHref(query: TCompanyTableQuery): string {
  const search = toSearchParams(query).toString();
  return search ? `/companies?${search}` : "/companies";
}
