"use client";

// The companies page below its header: filters, the table (laid out as a list on phones by
// companies-table.css), bulk actions and pagination. Every filter, sort and page lives in the
// URL; the server does the work.
import type { RowSelectionState, SortingState } from "@tanstack/react-table";
import { SearchX } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { DataTable } from "@/components/data-table/data-table";
import { useTranslations } from "next-intl";
import type { TCompanyPage, TCompanyRow } from "@/lib/services/companies-table";
import { COMPANY_SORT_KEYS, type TCompanySortKey } from "@/lib/validation/companies-options";
import type { TCompanyTableQuery, TTablePreferences } from "@/lib/validation/companies";

import { saveTablePreferencesAction } from "@/components/companies/actions";
import { BulkBar } from "./bulk-bar";
import { COMPANY_COLUMNS, CompanyCellsContext, columnTitle } from "./company-columns";
import { CompanyFilters } from "./company-filters";
import { useFormatDateTime, useRelativeTime, useStageLabel } from "@/components/companies/labels";
import { Pagination } from "./pagination";
import { TableSettings } from "./table-settings";
import { useTableUrl } from "./use-table-url";

import "./companies-table.css";

type TProps = { query: TCompanyTableQuery; page: TCompanyPage; now: string };

const isSortKey = (id: string): id is TCompanySortKey => (COMPANY_SORT_KEYS as readonly string[]).includes(id);
const rowId = (row: TCompanyRow) => row.id;

export function CompaniesView({ query, page, now: nowIso }: TProps) {
  const t = useTranslations();
  const router = useRouter();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDateTime();
  const relative = useRelativeTime();
  const cells = useMemo(
    () => ({ t, stageLabel, formatDate, relative, now: new Date(nowIso) }),
    [t, stageLabel, formatDate, relative, nowIso],
  );
  const { navigate, pending: navigating } = useTableUrl(query);
  const [opening, startOpening] = useTransition();
  const pending = navigating || opening;
  const [preferences, setPreferences] = useState<TTablePreferences>(page.preferences);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const selectedIds = page.rows.filter((row) => selection[row.id]).map((row) => row.id);
  const sorting: SortingState = useMemo(() => [{ id: query.sort, desc: query.dir === "desc" }], [query.sort, query.dir]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(preferences.hidden.map((id) => [id, false])),
    [preferences.hidden],
  );

  function changePreferences(next: TTablePreferences) {
    setPreferences(next);
    void saveTablePreferencesAction(next).then((result) => {
      if (!result.ok) toast.error(result.message);
    });
  }

  const go = (href: string) => startOpening(() => router.push(href));
  const empty = (
    <div className="flex flex-col items-center gap-2 px-6 py-12 text-center">
      <SearchX aria-hidden="true" className="size-6 text-muted-foreground" />
      <p className="font-medium">{t("companies.noMatchesTitle")}</p>
      <p className="text-sm text-muted-foreground">{t("companies.noMatchesBody")}</p>
    </div>
  );

  return (
    <div className="space-y-4">
      <CompanyFilters query={query} tierCounts={page.tierCounts} archivedCount={page.archivedCount} navigate={navigate} />
      <div className="flex min-h-9 flex-wrap items-center justify-between gap-2">
        {selectedIds.length > 0 ? (
          <BulkBar ids={selectedIds} archived={query.archived} onDone={() => setSelection({})} />
        ) : (
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t(query.archived ? "companies.archivedTotal" : "companies.total", { count: page.total })}
            <span className="ml-3 hidden text-xs lg:inline">{t("companies.searchHint")}</span>
          </p>
        )}
        <TableSettings preferences={preferences} onChange={changePreferences} />
      </div>
      <div id="companies-table" className={pending ? "opacity-60 transition-opacity" : "transition-opacity"} aria-busy={pending}>
        <CompanyCellsContext value={cells}>
          <DataTable
            className="companies"
            caption={t(query.archived ? "companies.archivedView" : "companies.title")}
            columns={COMPANY_COLUMNS}
            data={page.rows}
            getRowId={rowId}
            sorting={sorting}
            onSortingChange={(next) => {
              const first = next[0];
              if (first && isSortKey(first.id)) navigate({ sort: first.id, dir: first.desc ? "desc" : "asc", page: query.page });
            }}
            columnVisibility={columnVisibility}
            rowSelection={selection}
            onRowSelectionChange={setSelection}
            density={preferences.density}
            onOpenRow={(row) => go(`/companies/${row.id}`)}
            onFollowLink={go}
            sortLabel={(id) => t("companies.sortBy", { column: columnTitle(t, id) })}
            empty={empty}
          />
        </CompanyCellsContext>
      </div>
      <Pagination query={query} total={page.total} navigate={navigate} />
    </div>
  );
}
