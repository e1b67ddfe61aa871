"use client";

// The companies table on a phone: one card per company with what matters most.
import Link from "next/link";

import { useT } from "@/lib/i18n/client";
import type { TCompanyRow } from "@/lib/services/companies-table";
import type { TTablePreferences } from "@/lib/validation/companies";

import { OutcomeBadge, PrepMeter, TierBadge, useFormatDateTime, useRelativeTime, useStageLabel } from "./labels";

type TProps = { rows: TCompanyRow[]; timeZone: string; now: Date; hidden: TTablePreferences["hidden"] };

export function CompanyList({ rows, timeZone, now, hidden }: TProps) {
  const t = useT();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDateTime(timeZone);
  const relative = useRelativeTime();
  const shows = (column: TTablePreferences["hidden"][number]) => !hidden.includes(column);
  return (
    <ul className="divide-y rounded-lg border">
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={`/companies/${row.id}`} className="flex flex-col gap-1.5 px-3 py-3 hover:bg-muted/40 focus-visible:bg-accent focus-visible:outline-none">
            <div className="flex items-center gap-2">
              {shows("tier") ? <TierBadge tier={row.tier} /> : null}
              <span className="min-w-0 flex-1 truncate font-medium">{row.name}</span>
              {shows("outcome") && row.outcome ? <OutcomeBadge outcome={row.outcome} /> : null}
            </div>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
              {shows("stage") ? <span>{stageLabel(row.stage)}</span> : null}
              {shows("nextEvent") && row.nextEvent ? (
                <span>
                  {stageLabel(row.nextEvent.stage)}
                  {row.nextEvent.label ? ` · ${row.nextEvent.label}` : ""} · {formatDate(row.nextEvent.at, now)} (
                  {relative(row.nextEvent.at, now)})
                </span>
              ) : null}
              {shows("prep") && row.prep.total > 0 ? <PrepMeter percent={row.prep.percent} total={row.prep.total} /> : null}
              {shows("revival") && row.revival ? <span>{t("companies.revivalFlag")}</span> : null}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
