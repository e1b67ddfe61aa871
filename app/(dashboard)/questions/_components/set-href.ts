import type { TSetFilter } from "@/lib/validation/questions";

/** A set page URL that keeps the filters (the URL is the state), plus a page or reorder mode. */
export function setHref(setId: string, filter: TSetFilter, view: { page?: number; order?: boolean } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (typeof value === "string") params.set(key, value);
  if (view.page && view.page > 1) params.set("page", String(view.page));
  if (view.order) params.set("order", "1");
  const query = params.toString();
  return query ? `/questions/${setId}?${query}` : `/questions/${setId}`;
}
