"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

import { chipClass } from "@/components/ui/chip";
import type { TTierFilter } from "@/lib/validation/companies-options";

type TTierChipProps = { tier: TTierFilter; active: boolean; onClick: () => void; children?: ReactNode };

/** A toggle chip for one tier (or no tier) in a tier filter; `children` follow the tier's name, such as a count. */
export function TierChip({ tier, active, onClick, children }: TTierChipProps) {
  const t = useTranslations();
  return (
    <button type="button" data-tier={tier} aria-pressed={active} onClick={onClick} className={chipClass(active)}>
      {tier === "NONE" ? t("companies.tierNone") : tier}
      {children}
    </button>
  );
}
