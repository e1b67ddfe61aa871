"use client";

// Search (`/` focuses it; name, alias, pinyin or initials), tier chips with counts, stage and
// outcome menus, "event this week" and the archived view. Each change updates the URL.
import { Archive, ChevronDown, X } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { FormMessage } from "@/components/ui/form-message";
import { SearchField } from "@/components/ui/search-field";
import { useSearchBox } from "@/components/ui/use-search-box";
import { STAGE_ORDER } from "@/lib/applications/stages";
import { Outcome } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { COMPANY_SEARCH_MAX, TIER_FILTERS, type TTierFilter } from "@/lib/validation/companies-options";
import type { TCompanyTableQuery } from "@/lib/validation/companies";

import { useOutcomeLabel, useStageLabel } from "@/components/companies/labels";
import { TierChip } from "@/components/companies/tier-chip";
import type { TQueryPatch } from "./use-table-url";

type TProps = {
  query: TCompanyTableQuery;
  tierCounts: Record<TTierFilter, number>;
  archivedCount: number;
  navigate: (patch: TQueryPatch, options?: { replace?: boolean }) => void;
};

/**
 * Focuses a row of the companies table: its first, or the one the table's roving focus holds
 * (tabindex 0), from where ↑/↓ move between rows and Enter opens one.
 */
function focusTableRow(which: "first" | "current") {
  const selector = which === "first" ? "#companies-table tbody > tr" : '#companies-table tbody > tr[tabindex="0"]';
  document.querySelector<HTMLElement>(selector)?.focus();
}

/** The q the table reads back from a searched text: its first COMPANY_SEARCH_MAX characters (ZCompanyTableQuery). */
const readBack = (q: string) => q.slice(0, COMPANY_SEARCH_MAX).replace(/[\uD800-\uDBFF]$/, "").trim();

const toggle = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

export function CompanyFilters({ query, tierCounts, archivedCount, navigate }: TProps) {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const outcomeLabel = useOutcomeLabel();
  const filtered = query.q !== "" || query.tier.length + query.stage.length + query.outcome.length > 0 || query.week;

  // The server searches by the first COMPANY_SEARCH_MAX characters: a longer text whose
  // beginning is already the search needs no new one.
  const { input, text, type, commit } = useSearchBox(query.q, (q) => navigate({ q }, { replace: true }), { delay: 300, read: readBack });
  const tooLong = text.trim().length > COMPANY_SEARCH_MAX;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <SearchField
          ref={input}
          value={text}
          onChange={(event) => type(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") navigate({ q: commit() });
            if (event.key === "ArrowDown") {
              event.preventDefault();
              focusTableRow("first");
            }
          }}
          placeholder={t("companies.searchPlaceholder")}
          aria-label={t("companies.searchLabel")}
          aria-invalid={tooLong || undefined}
          aria-describedby={tooLong ? "companies-search-too-long" : undefined}
        >
          <a
            href="#companies-table"
            className="sr-only rounded-md bg-background px-2 py-1 text-sm focus:not-sr-only focus:absolute focus:top-full focus:left-0 focus:z-10 focus:mt-1 focus:ring-[3px] focus:ring-ring/50"
            onClick={(event) => {
              event.preventDefault();
              focusTableRow("current");
            }}
          >
            {t("companies.skipToRows")}
          </a>
        </SearchField>
        <FilterMenu
          label={t("companies.stageFilter")}
          items={STAGE_ORDER.map((stage) => ({ value: stage, label: stageLabel(stage) }))}
          selected={query.stage}
          onToggle={(stage) => navigate((current) => ({ stage: toggle(current.stage, stage) }))}
        />
        <FilterMenu
          label={t("companies.outcomeFilter")}
          items={Object.values(Outcome).map((outcome) => ({ value: outcome, label: outcomeLabel(outcome) }))}
          selected={query.outcome}
          onToggle={(outcome) => navigate((current) => ({ outcome: toggle(current.outcome, outcome) }))}
        />
        <Button
          variant={query.week ? "secondary" : "outline"}
          size="sm"
          aria-pressed={query.week}
          onClick={() => navigate((current) => ({ week: !current.week }))}
        >
          {t("companies.thisWeek")}
        </Button>
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              commit("");
              navigate({ q: "", tier: [], stage: [], outcome: [], week: false });
            }}
          >
            <X aria-hidden="true" />
            {t("companies.clearFilters")}
          </Button>
        ) : null}
        {query.archived || archivedCount > 0 ? (
          <Button
            variant={query.archived ? "secondary" : "ghost"}
            size="sm"
            className="sm:ml-auto"
            aria-pressed={query.archived}
            onClick={() => navigate((current) => ({ archived: !current.archived }))}
          >
            <Archive aria-hidden="true" />
            {t("companies.archivedView")}
            <span className="tabular-nums text-muted-foreground">{archivedCount}</span>
          </Button>
        ) : null}
      </div>
      {tooLong ? (
        <FormMessage id="companies-search-too-long" role="status">
          {t("companies.searchTooLong", { max: COMPANY_SEARCH_MAX, count: text.trim().length })}
        </FormMessage>
      ) : null}
      <div role="group" aria-label={t("companies.tierFilter")} className="flex flex-wrap gap-1.5">
        {TIER_FILTERS.map((tier) => {
          const active = query.tier.includes(tier);
          return (
            <TierChip key={tier} tier={tier} active={active} onClick={() => navigate((current) => ({ tier: toggle(current.tier, tier) }))}>
              <span className={cn("tabular-nums", active ? "opacity-80" : "text-muted-foreground")}>{tierCounts[tier]}</span>
            </TierChip>
          );
        })}
      </div>
    </div>
  );
}

type TFilterMenuProps<V extends string> = {
  label: string;
  items: { value: V; label: string }[];
  selected: readonly V[];
  onToggle: (value: V) => void;
};

function FilterMenu<V extends string>({ label, items, selected, onToggle }: TFilterMenuProps<V>) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant={selected.length > 0 ? "secondary" : "outline"} size="sm">
          {label}
          {selected.length > 0 ? <span className="tabular-nums">· {selected.length}</span> : null}
          <ChevronDown aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {items.map((item) => (
          <DropdownMenuCheckboxItem
            key={item.value}
            checked={selected.includes(item.value)}
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={() => onToggle(item.value)}
          >
            {item.label}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
