"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { lastPageOf } from "@/lib/companies/table-url";
import { cn } from "@/lib/utils";
import { PAGE_SIZES } from "@/lib/validation/companies-options";
import type { TCompanyTableQuery } from "@/lib/validation/companies";

import { selectClass } from "@/components/companies/company-fields";
import type { TQueryPatch } from "./use-table-url";

type TProps = { query: TCompanyTableQuery; total: number; navigate: (patch: TQueryPatch) => void };

export function Pagination({ query, total, navigate }: TProps) {
  const t = useTranslations();
  const pages = lastPageOf(total, query.size);
  return (
    <nav aria-label={t("companies.page", { page: query.page, pages })} className="flex flex-wrap items-center justify-between gap-2">
      <select
        aria-label={t("companies.pageSize", { size: query.size })}
        className={cn(selectClass, "w-auto")}
        value={query.size}
        onChange={(event) => navigate({ size: Number(event.target.value) })}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {t("companies.pageSize", { size })}
          </option>
        ))}
      </select>
      <div className="flex items-center gap-2">
        <Button variant="outline" size="sm" disabled={query.page <= 1} onClick={() => navigate({ page: query.page - 1 })}>
          <ChevronLeft aria-hidden="true" />
          {t("companies.previous")}
        </Button>
        <span className="text-sm tabular-nums text-muted-foreground">{t("companies.page", { page: query.page, pages })}</span>
        <Button variant="outline" size="sm" disabled={query.page >= pages} onClick={() => navigate({ page: query.page + 1 })}>
          {t("companies.next")}
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    </nav>
  );
}
