"use client";

// The companies page below its header: filters, the table (a list on phones), bulk actions
// and pagination. Every filter, sort and page lives in the URL; the server does the work.
import type { RowSelectionState, SortingState } from "@tanstack/react-table";
import { SearchX } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState, useSyncExternalStore, useTransition } from "react";
import { toast } from "sonner";

import { DataTable } from "@/components/data-table/data-table";
import { useT } from "@/lib/i18n/client";
import type { TCompanyPage } from "@/lib/services/companies-table";
import { cn } from "@/lib/utils";
import { COMPANY_SORT_KEYS, type TCompanySortKey, type TCompanyTableQuery, type TTablePreferences } from "@/lib/validation/companies";

import { saveTablePreferencesAction } from "../actions";
import { BulkBar } from "./bulk-bar";
import { useCompanyColumns } from "./company-columns";
import { CompanyFilters } from "./company-filters";
import { CompanyList } from "./company-list";
import { Pagination } from "./pagination";
import { TableSettings } from "./table-settings";
import { useTableUrl } from "./use-table-url";

type TProps = { query: TCompanyTableQuery; page: TCompanyPage; timeZone: string; now: string };

const PHONE = "(max-width: 767px)";
const subscribePhone = (onChange: () => void) => {
  const query = window.matchMedia(PHONE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Phones get the list, wider screens the table; the server renders the table only. */
function useIsPhone() {
  return useSyncExternalStore(subscribePhone, () => window.matchMedia(PHONE).matches, () => false);
}

const isSortKey = (id: string): id is TCompanySortKey => (COMPANY_SORT_KEYS as readonly string[]).includes(id);

export function CompaniesView({ query, page, timeZone, now: nowIso }: TProps) {
  const t = useT();
  const router = useRouter();
  const now = useMemo(() => new Date(nowIso), [nowIso]);
  const { navigate, pending: navigating } = useTableUrl(query);
  const [opening, startOpening] = useTransition();
  const pending = navigating || opening;
  const phone = useIsPhone();
  const columns = useCompanyColumns(timeZone, now);
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

  const open = (row: { id: string }) => startOpening(() => router.push(`/companies/${row.id}`));
  const empty = (
    <div className="flex flex-col items-center gap-2 px-6 py-12 text-center">
      <SearchX aria-hidden="true" className="size-6 text-muted-foreground" />
      <p className="font-medium">{t("companies.noMatchesTitle")}</p>
      <p className="text-sm text-muted-foreground">{t("companies.noMatchesBody")}</p>
    </div>
  );

  return (
    <div className="space-y-4">
      <CompanyFilters query={query} tierCounts={page.tierCounts} navigate={navigate} />
      <div className="flex min-h-9 flex-wrap items-center justify-between gap-2">
        {selectedIds.length > 0 ? (
          <BulkBar ids={selectedIds} onDone={() => setSelection({})} />
        ) : (
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("companies.total", { count: page.total })}
            <span className="ml-3 hidden text-xs lg:inline">{t("companies.searchHint")}</span>
          </p>
        )}
        <TableSettings preferences={preferences} onChange={changePreferences} />
      </div>
      <div className={cn("transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        {phone ? (
          page.rows.length === 0 ? (
            empty
          ) : (
            <CompanyList rows={page.rows} timeZone={timeZone} now={now} hidden={preferences.hidden} />
          )
        ) : (
          <DataTable
            caption={t("companies.title")}
            columns={columns}
            data={page.rows}
            getRowId={(row) => row.id}
            sorting={sorting}
            onSortingChange={(next) => {
              const first = next[0];
              if (first && isSortKey(first.id)) navigate({ sort: first.id, dir: first.desc ? "desc" : "asc", page: query.page });
            }}
            columnVisibility={columnVisibility}
            rowSelection={selection}
            onRowSelectionChange={setSelection}
            density={preferences.density}
            onOpenRow={open}
            sortLabel={(column) => t("companies.sortBy", { column })}
            empty={empty}
          />
        )}
      </div>
      <Pagination query={query} total={page.total} navigate={navigate} />
    </div>
  );
}
