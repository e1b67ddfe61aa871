// Tier and stage chips above the calendar: links that toggle one value in the URL (?tier=S,A
// &stage=WRITTEN_TEST), keeping the view and the day in view.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { chipClass } from "@/components/ui/chip";
import { CALENDAR_STAGES } from "@/lib/services/calendar";
import type { Stage } from "@/lib/generated/prisma/enums";
import { TIER_FILTERS, type TTierFilter } from "@/lib/validation/companies-options";

type TProps = { tiers: TTierFilter[]; stages: Stage[]; params: Record<string, string> };

function hrefWith(params: Record<string, string>, key: "tier" | "stage", values: readonly string[]): string {
  const next = new URLSearchParams(params);
  if (values.length > 0) next.set(key, values.join(","));
  else next.delete(key);
  const search = next.toString();
  return search ? `/calendar?${search}` : "/calendar";
}

function Chip({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <Link href={href} scroll={false} aria-pressed={active} className={chipClass(active)}>
      {children}
    </Link>
  );
}

const toggle = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

export async function CalendarFilters({ tiers, stages, params }: TProps) {
  const t = await getTranslations();
  return (
    <div className="mb-4 flex flex-col gap-2">
      <nav aria-label={t("calendar.tierFilter")} className="flex flex-wrap gap-1.5">
        <Chip href={hrefWith(params, "tier", [])} active={tiers.length === 0}>
          {t("calendar.allTiers")}
        </Chip>
        {TIER_FILTERS.map((tier) => (
          <Chip key={tier} href={hrefWith(params, "tier", toggle(tiers, tier))} active={tiers.includes(tier)}>
            {tier === "NONE" ? t("companies.tierNone") : tier}
          </Chip>
        ))}
      </nav>
      <nav aria-label={t("calendar.stageFilter")} className="flex flex-wrap gap-1.5">
        <Chip href={hrefWith(params, "stage", [])} active={stages.length === 0}>
          {t("calendar.allStages")}
        </Chip>
        {CALENDAR_STAGES.map((stage) => (
          <Chip key={stage} href={hrefWith(params, "stage", toggle(stages, stage))} active={stages.includes(stage)}>
            {t(`stages.stage.${stage}`)}
          </Chip>
        ))}
      </nav>
    </div>
  );
}
