"use client";

// The one generic table (@tanstack/react-table v9): the server sorts, filters and paginates;
// this renders the page it is given, with sortable headers, hidden columns, row selection and
// keyboard use (↑/↓ move between rows, Enter opens, Space selects). Column definitions should be
// stable (module level) so the table does not rebuild its columns on every render; the body's
// events are handled once on <tbody>, so a row is a bare <tr> with its cells.
import {
  flexRender,
  useTable,
  type CellContext,
  type Column,
  type ColumnDef,
  type ColumnVisibilityState,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Table,
  type Updater,
} from "@tanstack/react-table";
import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

import { dataTableFeatures, type TDataTableFeatures } from "@/components/data-table/features";

import "./data-table.css";

type TDensity = "comfortable" | "compact";

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
  /** A plain click on a link in a row: navigate in the app instead of loading the page anew. */
  onFollowLink: (href: string) => void;
  /** Accessible "sort by …" text for a column's header. */
  sortLabel: (columnId: string) => string;
  /** Extra classes for the wrapper (e.g. a feature's layout for its columns). */
  className?: string;
  empty?: ReactNode;
};

const resolve = <T,>(updater: Updater<T>, current: T): T =>
  typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

/**
 * A body cell from its column's template, with the context tanstack's <FlexRender> would give
 * it, built from the row's cells by id: rendering through getVisibleCells() and <FlexRender>
 * took half as long again on the server.
 */
function renderCell<TData extends RowData>(
  table: Table<TDataTableFeatures, TData>,
  row: Row<TDataTableFeatures, TData>,
  column: Column<TDataTableFeatures, TData>,
): ReactNode {
  const context: CellContext<TDataTableFeatures, TData> = {
    table,
    row,
    column,
    cell: row.getAllCellsByColumnId()[column.id]!,
    getValue: () => row.getValue(column.id),
    renderValue: () => row.renderValue(column.id),
  };
  return flexRender(column.columnDef.cell, context);
}

/** The body row an event happened in, with its index among the rows. */
function rowOf(target: EventTarget): HTMLTableRowElement | null {
  return target instanceof Element ? target.closest<HTMLTableRowElement>("tbody > tr") : null;
}

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
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const focusable = Math.min(active, rows.length - 1);

  function focusRow(body: HTMLElement, index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    body.querySelectorAll<HTMLTableRowElement>(":scope > tr")[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const tr = event.target;
    if (!(tr instanceof HTMLTableRowElement)) return;
    const index = tr.sectionRowIndex;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      focusRow(event.currentTarget, index + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      focusRow(event.currentTarget, event.key === "Home" ? 0 : rows.length - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const row = rows[index];
      if (row) props.onOpenRow(row.original);
    } else if (event.key === " ") {
      event.preventDefault();
      rows[index]?.toggleSelected();
    }
  }

  function onClick(event: MouseEvent<HTMLTableSectionElement>) {
    const target = event.target as Element;
    const link = target.closest("a[href]");
    if (link) {
      const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
      if (plain && !link.getAttribute("target")) {
        event.preventDefault();
        props.onFollowLink(link.getAttribute("href") ?? "");
      }
      return;
    }
    if (target.closest("button,input,label")) return;
    const tr = rowOf(target);
    const row = tr ? rows[tr.sectionRowIndex] : undefined;
    if (row) props.onOpenRow(row.original);
  }

  function onFocus(event: FocusEvent<HTMLTableSectionElement>) {
    const tr = rowOf(event.target);
    if (tr) setActive(tr.sectionRowIndex);
  }

  const wrapper = props.density === "compact" ? "dt compact" : "dt";
  return (
    <div className={props.className ? `${wrapper} ${props.className}` : wrapper}>
      <table>
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className={header.column.columnDef.meta?.className}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={props.sortLabel(header.column.id)}
                      >
                        <table.FlexRender header={header} />
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
        <tbody onKeyDown={onKeyDown} onClick={onClick} onFocus={onFocus}>
          {rows.map((row, index) => (
            <tr key={row.id} data-state={row.getIsSelected() ? "selected" : undefined} tabIndex={index === focusable ? 0 : -1}>
              {columns.map((column) => (
                <td key={column.id} className={column.columnDef.meta?.className}>
                  {renderCell(table, row, column)}
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
