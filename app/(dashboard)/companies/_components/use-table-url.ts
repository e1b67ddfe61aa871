"use client";

// The table's state lives in the URL: every change is a navigation, so a view can be bookmarked.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

import { DEFAULT_PAGE_SIZE } from "@/lib/validation/companies-options";
import type { TCompanyTableQuery } from "@/lib/validation/companies";

export type TQueryPatch = Partial<TCompanyTableQuery> | ((current: TCompanyTableQuery) => Partial<TCompanyTableQuery>);

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

/**
 * navigate(patch): a new URL from the current query; any change but the page goes back to page 1.
 * A patch may be a function of the latest query, so quick clicks (two tier chips) compose even
 * before the first navigation has rendered.
 */
export function useTableUrl(query: TCompanyTableQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);
  function navigate(patch: TQueryPatch, options: { replace?: boolean } = {}) {
    const changes = typeof patch === "function" ? patch(latest.current) : patch;
    const next = { ...latest.current, page: 1, ...changes };
    latest.current = next;
    const search = toSearchParams(next).toString();
    const href = search ? `${pathname}?${search}` : pathname;
    startTransition(() => {
      if (options.replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    });
  }
  return { navigate, pending };
}
