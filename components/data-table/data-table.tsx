"use client";

// The one generic table (@tanstack/react-table v9): the server sorts, filters and paginates;
// this renders the page it is given, with sortable headers, hidden columns, row selection and
// keyboard use (↑/↓ move between rows, Enter opens, Space selects).
import {
  useTable,
  type ColumnDef,
  type ColumnVisibilityState,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";

import { dataTableFeatures, type TDataTableFeatures } from "@/components/data-table/features";
import { cn } from "@/lib/utils";

export type TDensity = "comfortable" | "compact";

type TDataTableProps<TData extends RowData> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of mixed value types
  columns: ColumnDef<TDataTableFeatures, TData, any>[];
  data: TData[];
  getRowId: (row: TData) => string;
  caption: string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  columnVisibility: ColumnVisibilityState;
  rowSelection: RowSelectionState;
  onRowSelectionChange: (selection: RowSelectionState) => void;
  density: TDensity;
  /** Enter on a focused row, or a click on it. */
  onOpenRow: (row: TData) => void;
  /** Accessible "sort by …" text for a header. */
  sortLabel: (column: string) => string;
  className?: string;
  empty?: ReactNode;
};

const resolve = <T,>(updater: Updater<T>, current: T): T =>
  typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

export function DataTable<TData extends RowData>(props: TDataTableProps<TData>) {
  const { sorting, columnVisibility, rowSelection } = props;
  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: props.data,
    getRowId: props.getRowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: (updater) => props.onSortingChange(resolve(updater, sorting)),
    onColumnVisibilityChange: () => undefined,
    onRowSelectionChange: (updater) => props.onRowSelectionChange(resolve(updater, rowSelection)),
  });
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = table.getRowModel().rows;
  const cellPadding = props.density === "compact" ? "px-3 py-1.5" : "px-3 py-3";

  function focusRow(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    body.current?.querySelectorAll<HTMLTableRowElement>("tr[data-row]")[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, original: TData) {
    if (event.target !== event.currentTarget) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      focusRow(index + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      focusRow(event.key === "Home" ? 0 : rows.length - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      props.onOpenRow(original);
    } else if (event.key === " ") {
      event.preventDefault();
      rows[index]?.toggleSelected();
    }
  }

  return (
    <div className={cn("overflow-x-auto rounded-lg border", props.className)}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = header.column.columnDef.meta?.label ?? header.column.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className={cn("font-medium whitespace-nowrap", cellPadding, header.column.columnDef.meta?.className)}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={props.sortLabel(label)}
                        className="inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                      >
                        <table.FlexRender header={header} />
                        {sorted === "asc" ? (
                          <ArrowUp aria-hidden="true" className="size-3.5" />
                        ) : sorted === "desc" ? (
                          <ArrowDown aria-hidden="true" className="size-3.5" />
                        ) : (
                          <ArrowUpDown aria-hidden="true" className="size-3.5 opacity-40" />
                        )}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {rows.map((row, index) => (
            <tr
              key={row.id}
              data-row
              data-state={row.getIsSelected() ? "selected" : undefined}
              tabIndex={index === Math.min(active, rows.length - 1) ? 0 : -1}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index, row.original)}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest("a,button,input,label")) return;
                props.onOpenRow(row.original);
              }}
              className="cursor-pointer border-t outline-none hover:bg-muted/40 focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-ring/50 focus-visible:ring-inset data-[state=selected]:bg-primary/5"
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cn("align-middle", cellPadding, cell.column.columnDef.meta?.className)}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? props.empty : null}
    </div>
  );
}
