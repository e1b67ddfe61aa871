"use client";

// The table's state lives in the URL: every change is a navigation, so a view can be bookmarked.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

import { companiesHref } from "@/lib/companies/table-url";
import type { TCompanyTableQuery } from "@/lib/validation/companies";

export type TQueryPatch = Partial<TCompanyTableQuery> | ((current: TCompanyTableQuery) => Partial<TCompanyTableQuery>);

/**
 * navigate(patch): a new URL from the current query; any change but the page goes back to page 1.
 * A patch may be a function of the latest query, so quick clicks (two tier chips) compose even
 * before the first navigation has rendered.
 */
export function useTableUrl(query: TCompanyTableQuery) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);
  function navigate(patch: TQueryPatch, options: { replace?: boolean } = {}) {
    const changes = typeof patch === "function" ? patch(latest.current) : patch;
    const next = { ...latest.current, page: 1, ...changes };
    latest.current = next;
    const href = companiesHref(next);
    startTransition(() => {
      if (options.replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    });
  }
  return { navigate, pending };
}
