"use client";

// The companies table's columns (a thin layer over components/data-table), defined once at
// module level. Cells are small components that read the translations and date formatters from
// CompanyCellsContext, which the view provides; classes are in companies-table.css.
import { createContext, use } from "react";

import { createDataTableColumns } from "@/components/data-table/features";
import { extraLabel } from "@/lib/applications/stages";
import type { Stage } from "@/lib/generated/prisma/enums";
import type { TMessages, TTranslate } from "@/lib/i18n/types";
import type { TCompanyRow } from "@/lib/services/companies-table";

import { OutcomeBadge, PrepMeter, TierBadge } from "@/components/companies/labels";

type TCompanyCells = {
  t: TTranslate;
  stageLabel: (stage: Stage) => string;
  formatDate: (date: Date, now: Date) => string;
  relative: (date: Date, now: Date) => string;
  now: Date;
};

export const CompanyCellsContext = createContext<TCompanyCells | null>(null);

function useCells(): TCompanyCells {
  const cells = use(CompanyCellsContext);
  if (!cells) throw new Error("Company cells need a <CompanyCellsContext> above them.");
  return cells;
}

type TCellProps = { row: { original: TCompanyRow; getIsSelected: () => boolean; getToggleSelectedHandler: () => (event: unknown) => void } };
type THeaderProps = {
  column: { id: string };
  table: { getIsAllRowsSelected: () => boolean; getIsSomeRowsSelected: () => boolean; getToggleAllRowsSelectedHandler: () => (event: unknown) => void };
};

/** A column's name (its id is a key of companies.col). */
export const columnTitle = (t: TTranslate, id: string) => t(`companies.col.${id as keyof TMessages["companies"]["col"]}`);

function Title({ column }: THeaderProps) {
  return columnTitle(useCells().t, column.id);
}

function SelectAll({ table }: THeaderProps) {
  const { t } = useCells();
  return (
    <input
      type="checkbox"
      aria-label={t("companies.selectAll")}
      checked={table.getIsAllRowsSelected()}
      ref={(el) => {
        if (el) el.indeterminate = table.getIsSomeRowsSelected();
      }}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  );
}

function Select({ row }: TCellProps) {
  const { t } = useCells();
  return (
    <input
      type="checkbox"
      aria-label={t("companies.selectRow", { name: row.original.name })}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}

function Name({ row: { original } }: TCellProps) {
  return (
    <>
      <a href={`/companies/${original.id}`} tabIndex={-1}>
        {original.name}
      </a>
      {original.aliases.length > 0 ? <small>{original.aliases.join(" · ")}</small> : null}
    </>
  );
}

// An empty cell (no outcome, no next event) shows a dash from companies-table.css.
function Outcome({ row: { original } }: TCellProps) {
  return original.outcome ? <OutcomeBadge outcome={original.outcome} /> : null;
}

function StageName({ row: { original } }: TCellProps) {
  return useCells().stageLabel(original.stage);
}

function NextEvent({ row: { original } }: TCellProps) {
  const { stageLabel, formatDate, relative, now } = useCells();
  const next = original.nextEvent;
  if (!next) return null;
  const extra = extraLabel(next.stage, next.label);
  return (
    <span data-testid="next-event">
      {stageLabel(next.stage)}
      {extra ? ` · ${extra}` : ""}
      <small>
        <time dateTime={next.at.toISOString()}>{formatDate(next.at, now)}</time> · {relative(next.at, now)}
      </small>
    </span>
  );
}

function LastActivity({ row: { original } }: TCellProps) {
  const { relative, now } = useCells();
  return <time dateTime={original.lastActivity.toISOString()}>{relative(original.lastActivity, now)}</time>;
}

function Prep({ row: { original } }: TCellProps) {
  // prep is null when the company has no linked set and no task: PrepMeter's "未关联".
  return <PrepMeter percent={original.prep} />;
}

function Revival({ row: { original } }: TCellProps) {
  const { t } = useCells();
  return original.revival ? <span className="flag">{t("companies.revivalFlag")}</span> : null;
}

const column = createDataTableColumns<TCompanyRow>();

export const COMPANY_COLUMNS = column.columns([
  column.display({ id: "select", enableSorting: false, enableHiding: false, meta: { className: "c-sel" }, header: SelectAll, cell: Select }),
  column.accessor("name", { id: "name", meta: { className: "c-name" }, header: Title, cell: Name }),
  column.accessor("tier", { id: "tier", meta: { className: "c-tier" }, header: Title, cell: ({ row }) => <TierBadge tier={row.original.tier} /> }),
  column.accessor("stage", { id: "stage", header: Title, cell: StageName }),
  column.accessor("outcome", { id: "outcome", meta: { className: "c-oc" }, header: Title, cell: Outcome }),
  column.accessor("nextEvent", { id: "nextEvent", meta: { className: "c-next" }, header: Title, cell: NextEvent }),
  column.accessor("lastActivity", { id: "lastActivity", meta: { className: "c-last" }, header: Title, cell: LastActivity }),
  column.accessor("prep", { id: "prep", header: Title, cell: Prep }),
  column.accessor("revival", { id: "revival", enableSorting: false, header: Title, cell: Revival }),
]);
