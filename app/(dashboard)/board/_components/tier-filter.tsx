"use client";

// Tier chips for the board (several at once); the choice is in the URL (?tier=S,A), beside the search.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { TIER_FILTERS, type TTierFilter } from "@/lib/validation/companies-options";

export function TierFilter({ selected }: { selected: TTierFilter[] }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  function go(tiers: TTierFilter[]) {
    const next = new URLSearchParams(params);
    if (tiers.length > 0) next.set("tier", tiers.join(","));
    else next.delete("tier");
    const search = next.toString();
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  }
  const chip = "inline-flex h-7 items-center rounded-full border px-3 text-xs font-medium transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none";
  return (
    <div role="group" aria-label={t("companies.tierFilter")} aria-busy={pending} className="mb-4 flex flex-wrap gap-1.5">
      <button type="button" aria-pressed={selected.length === 0} onClick={() => go([])} className={cn(chip, selected.length === 0 ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent")}>
        {t("board.allTiers")}
      </button>
      {TIER_FILTERS.map((tier) => {
        const active = selected.includes(tier);
        return (
          <button
            key={tier}
            type="button"
            data-tier={tier}
            aria-pressed={active}
            onClick={() => go(active ? selected.filter((s) => s !== tier) : [...selected, tier])}
            className={cn(chip, active ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent")}
          >
            {tier === "NONE" ? t("companies.tierNone") : tier}
          </button>
        );
      })}
    </div>
  );
}
