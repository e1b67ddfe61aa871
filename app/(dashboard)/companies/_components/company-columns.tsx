"use client";

// The companies table's columns (a thin layer over components/data-table).
import Link from "next/link";
import { useMemo } from "react";

import { createDataTableColumns } from "@/components/data-table/features";
import { useT } from "@/lib/i18n/client";
import type { TCompanyRow } from "@/lib/services/companies-table";

import { OutcomeBadge, PrepMeter, TierBadge, useFormatDateTime, useRelativeTime, useStageLabel } from "./labels";

const helper = createDataTableColumns<TCompanyRow>();

export function useCompanyColumns(timeZone: string, now: Date) {
  const t = useT();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDateTime(timeZone);
  const relative = useRelativeTime();

  return useMemo(
    () =>
      helper.columns([
        helper.display({
          id: "select",
          enableSorting: false,
          enableHiding: false,
          meta: { className: "w-10", label: t("companies.col.select") },
          header: ({ table }) => (
            <input
              type="checkbox"
              className="size-4 accent-primary"
              aria-label={t("companies.selectAll")}
              checked={table.getIsAllRowsSelected()}
              ref={(el) => {
                if (el) el.indeterminate = table.getIsSomeRowsSelected();
              }}
              onChange={table.getToggleAllRowsSelectedHandler()}
            />
          ),
          cell: ({ row }) => (
            <input
              type="checkbox"
              className="size-4 accent-primary"
              aria-label={t("companies.selectRow", { name: row.original.name })}
              checked={row.getIsSelected()}
              onChange={row.getToggleSelectedHandler()}
            />
          ),
        }),
        helper.accessor("name", {
          id: "name",
          meta: { label: t("companies.col.name"), className: "min-w-40" },
          header: () => t("companies.col.name"),
          cell: ({ row }) => (
            <div className="min-w-0">
              <Link href={`/companies/${row.original.id}`} className="font-medium hover:underline" tabIndex={-1}>
                {row.original.name}
              </Link>
              {row.original.aliases.length > 0 ? (
                <div className="truncate text-xs text-muted-foreground">{row.original.aliases.join(" · ")}</div>
              ) : null}
            </div>
          ),
        }),
        helper.accessor("tier", {
          id: "tier",
          meta: { label: t("companies.col.tier") },
          header: () => t("companies.col.tier"),
          cell: ({ row }) => <TierBadge tier={row.original.tier} />,
        }),
        helper.accessor("stage", {
          id: "stage",
          meta: { label: t("companies.col.stage") },
          header: () => t("companies.col.stage"),
          cell: ({ row }) => <span className="whitespace-nowrap">{stageLabel(row.original.stage)}</span>,
        }),
        helper.accessor("outcome", {
          id: "outcome",
          meta: { label: t("companies.col.outcome") },
          header: () => t("companies.col.outcome"),
          cell: ({ row }) =>
            row.original.outcome ? <OutcomeBadge outcome={row.original.outcome} /> : <span className="text-muted-foreground">{t("companies.outcomeNone")}</span>,
        }),
        helper.accessor("nextEvent", {
          id: "nextEvent",
          meta: { label: t("companies.col.nextEvent"), className: "min-w-36" },
          header: () => t("companies.col.nextEvent"),
          cell: ({ row }) => {
            const next = row.original.nextEvent;
            if (!next) return <span className="text-muted-foreground">{t("companies.noEvent")}</span>;
            return (
              <div className="whitespace-nowrap" data-testid="next-event">
                <div>
                  {stageLabel(next.stage)}
                  {next.label ? ` · ${next.label}` : ""}
                </div>
                <div className="text-xs text-muted-foreground">
                  <time dateTime={next.at.toISOString()}>{formatDate(next.at, now)}</time> · {relative(next.at, now)}
                </div>
              </div>
            );
          },
        }),
        helper.accessor("lastActivity", {
          id: "lastActivity",
          meta: { label: t("companies.col.lastActivity") },
          header: () => t("companies.col.lastActivity"),
          cell: ({ row }) => (
            <time className="text-xs whitespace-nowrap text-muted-foreground" dateTime={row.original.lastActivity.toISOString()}>
              {relative(row.original.lastActivity, now)}
            </time>
          ),
        }),
        helper.accessor("prep", {
          id: "prep",
          meta: { label: t("companies.col.prep") },
          header: () => t("companies.col.prep"),
          cell: ({ row }) => <PrepMeter percent={row.original.prep.percent} total={row.original.prep.total} />,
        }),
        helper.accessor("revival", {
          id: "revival",
          enableSorting: false,
          meta: { label: t("companies.col.revival") },
          header: () => t("companies.col.revival"),
          cell: ({ row }) =>
            row.original.revival ? (
              <span className="rounded bg-violet-500/15 px-1.5 py-0.5 text-xs font-medium text-violet-700 dark:text-violet-300">
                {t("companies.revivalFlag")}
              </span>
            ) : null,
        }),
      ]),
    [t, stageLabel, formatDate, relative, now],
  );
}
