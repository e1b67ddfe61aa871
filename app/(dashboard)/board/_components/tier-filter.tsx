"use client";

// Tier chips for the board (several at once); the choice is in the URL (?tier=S,A), beside the search.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

import { TierChip } from "@/components/companies/tier-chip";
import { chipClass } from "@/components/ui/chip";
import { useTranslations } from "next-intl";
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
  return (
    <div role="group" aria-label={t("companies.tierFilter")} aria-busy={pending} className="mb-4 flex flex-wrap gap-1.5">
      <button type="button" aria-pressed={selected.length === 0} onClick={() => go([])} className={chipClass(selected.length === 0)}>
        {t("board.allTiers")}
      </button>
      {TIER_FILTERS.map((tier) => {
        const active = selected.includes(tier);
        return <TierChip key={tier} tier={tier} active={active} onClick={() => go(active ? selected.filter((s) => s !== tier) : [...selected, tier])} />;
      })}
    </div>
  );
}
