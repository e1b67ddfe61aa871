"use client";

import { Building2, Search } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { bulkLinkByTierAction, listSetCompaniesAction, setSetCompaniesAction } from "@/components/prep/actions";
import { useTranslations } from "next-intl";
import { companyMatches } from "@/lib/search/company-match";
import type { TSetCompanyOption } from "@/lib/services/prep-links";
import { TIER_FILTERS, type TTierFilter } from "@/lib/validation/companies-options";

import { useAction } from "@/components/ui/use-action";


/** The companies whose name, alias or pinyin (`zjtd`, `zijie`) contains the query. */
const matching = (companies: TSetCompanyOption[], query: string) => companies.filter((company) => companyMatches(company.searchText, company.name, query));

/** From a set page: find and tick companies to link, or link every company of some tiers (未分级 too) at once. */
export function LinkCompaniesSheet({ setId, title, linkedCount }: { setId: string; title: string; linkedCount: number }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [tiers, setTiers] = useState<TTierFilter[]>(["S", "A"]);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [companies, setCompanies] = useState<TSetCompanyOption[] | null>(null);
  // Ticks show at once; the list is read again whenever the sheet opens.
  const [linkedIds, setLinkedIds] = useState<Set<string>>(new Set());
  const linked = companies ? linkedIds.size : linkedCount;

  function load() {
    setCompanies(null);
    run(() => listSetCompaniesAction({ setId }), {
      onDone: (result) => {
        setCompanies(result.data);
        setLinkedIds(new Set(result.data.filter((c) => c.linked).map((c) => c.id)));
      },
    });
  }

  function toggle(companyId: string, on: boolean) {
    const next = new Set(linkedIds);
    if (on) next.add(companyId);
    else next.delete(companyId);
    const before = linkedIds;
    setLinkedIds(next);
    run(() => setSetCompaniesAction({ setId, companyIds: [...next] }), {
      success: t("questions.linksSaved"),
      // A refused save puts the ticks back as the server has them.
      onError: (message) => {
        toast.error(message);
        setLinkedIds(before);
      },
    });
  }

  return (
    <Sheet onOpenChange={(open) => (open ? load() : undefined)}>
      <SheetTrigger asChild>
        <Button variant="outline">
          <Building2 aria-hidden="true" />
          {t("questions.linkCompanies")}
          {linked > 0 ? <span className="text-muted-foreground tabular-nums">({linked})</span> : null}
        </Button>
      </SheetTrigger>
      <SheetContent side="right" closeLabel={t("common.close")} className="flex w-full flex-col gap-0 overflow-y-auto sm:max-w-md">
        <SheetHeader>
          <SheetTitle className="pr-6">{t("questions.linkCompaniesTitle", { title })}</SheetTitle>
          <SheetDescription>{t("questions.linkCompaniesBody")}</SheetDescription>
        </SheetHeader>
        <div className="space-y-6 px-4 pb-6">
          <fieldset className="space-y-2 rounded-lg border p-3">
            <legend className="px-1 text-sm font-medium">{t("questions.bulkByTier")}</legend>
            <p className="text-xs text-muted-foreground">{t("questions.bulkByTierHint")}</p>
            <div className="flex flex-wrap items-center gap-3">
              {TIER_FILTERS.map((tier) => (
                <label key={tier} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={tiers.includes(tier)}
                    onChange={(event) => setTiers((current) => (event.target.checked ? [...current, tier] : current.filter((x) => x !== tier)))}
                  />
                  {tier === "NONE" ? t("questions.untiered") : tier}
                </label>
              ))}
              <Button
                size="sm"
                className="ml-auto"
                disabled={pending || tiers.length === 0}
                onClick={() =>
                  run(() => bulkLinkByTierAction({ setId, tiers }), {
                    onDone: (result) => {
                      toast.success(t("questions.bulkLinked", { count: Number(result.data) }));
                      load();
                    },
                  })
                }
              >
                {t("questions.bulkLink")}
              </Button>
            </div>
          </fieldset>
          {companies === null ? (
            <div className="flex justify-center py-6">
              <Spinner aria-label={t("common.loading")} />
            </div>
          ) : companies.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("questions.noCompanies")}</p>
          ) : (
            <div className="space-y-2">
              <div className="relative">
                <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
                <Input
                  type="search"
                  value={query}
                  maxLength={100}
                  onChange={(event) => setQuery(event.target.value)}
                  placeholder={t("questions.companySearchPlaceholder")}
                  aria-label={t("questions.companySearch")}
                  className="pl-8"
                />
              </div>
              <CompanyTicks companies={matching(companies, deferredQuery)} linkedIds={linkedIds} pending={pending} onToggle={toggle} />
            </div>
          )}
        </div>
      </SheetContent>
    </Sheet>
  );
}

type TTicksProps = { companies: TSetCompanyOption[]; linkedIds: Set<string>; pending: boolean; onToggle: (companyId: string, on: boolean) => void };

function CompanyTicks({ companies, linkedIds, pending, onToggle }: TTicksProps) {
  const t = useTranslations();
  if (companies.length === 0) return <p className="px-1 py-4 text-sm text-muted-foreground">{t("questions.companySearchNone")}</p>;
  return (
    <ul className="divide-y rounded-lg border" aria-busy={pending}>
      {companies.map((company) => (
        <li key={company.id}>
          <label className="flex items-center gap-3 px-3 py-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={linkedIds.has(company.id)}
              onChange={(event) => onToggle(company.id, event.target.checked)}
            />
            <span className="min-w-0 flex-1 truncate">{company.name}</span>
            <span className="text-xs text-muted-foreground">{company.tier ?? t("questions.untiered")}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
