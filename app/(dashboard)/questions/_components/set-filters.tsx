import Link from "next/link";

import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";
import type { TSetFilter } from "@/lib/validation/questions";

import { setHref } from "./set-href";

type TChip = { label: string; filter: TSetFilter };

const same = (a: TSetFilter, b: TSetFilter) => a.star === b.star && a.placeholder === b.placeholder && a.mastery === b.mastery;

/** Filter chips as links: the URL is the state, so a filtered view can be bookmarked. */
export async function SetFilters({ setId, filter }: { setId: string; filter: TSetFilter }) {
  const t = await getTranslations();
  const chips: TChip[] = [
    { label: t("questions.filterAll"), filter: {} },
    { label: t("questions.filterStarred"), filter: { star: "1" } },
    { label: t("questions.filterPlaceholder"), filter: { placeholder: "1" } },
    { label: t("questions.filterWritten"), filter: { placeholder: "0" } },
    { label: t("questions.mastery.NEW"), filter: { mastery: "NEW" } },
    { label: t("questions.mastery.LEARNING"), filter: { mastery: "LEARNING" } },
    { label: t("questions.mastery.KNOWN"), filter: { mastery: "KNOWN" } },
  ];
  return (
    <nav aria-label={t("questions.filters")} className="flex flex-wrap gap-1.5">
      {chips.map((chip) => {
        const active = same(chip.filter, filter);
        return (
          <Link
            key={chip.label}
            href={setHref(setId, chip.filter)}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-xs font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              active ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent",
            )}
          >
            {chip.label}
          </Link>
        );
      })}
    </nav>
  );
}
