import Link from "next/link";

import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";
import type { TSetFilter } from "@/lib/validation/questions";

import { setHref } from "./set-href";

type TKey = keyof TSetFilter;
type TChip = { label: string; key: TKey; value: string };

/** The filter with `key` set to `value`, or cleared when it already has it; the other keys stay. */
function toggled(filter: TSetFilter, key: TKey, value: string): TSetFilter {
  const next: Record<string, string | undefined> = { ...filter };
  next[key] = filter[key] === value ? undefined : value;
  return next as TSetFilter;
}

/**
 * Filter chips as links: the URL is the state, so a filtered view can be bookmarked. One chip of
 * each group (⭐, answered or not, mastery) can be on at once, so ⭐ and 未学 combine; a chip
 * that is on turns off when clicked again.
 */
export async function SetFilters({ setId, filter }: { setId: string; filter: TSetFilter }) {
  const t = await getTranslations();
  const groups: TChip[][] = [
    [{ label: t("questions.filterStarred"), key: "star", value: "1" }],
    [
      { label: t("questions.filterPlaceholder"), key: "placeholder", value: "1" },
      { label: t("questions.filterWritten"), key: "placeholder", value: "0" },
    ],
    (["NEW", "LEARNING", "KNOWN"] as const).map((value) => ({ label: t(`questions.mastery.${value}`), key: "mastery", value })),
  ];
  const none = Object.values(filter).every((value) => value === undefined);
  const chip = (label: string, href: string, on: boolean) => (
    <Link
      key={href}
      href={href}
      aria-current={on ? "true" : undefined}
      className={cn(
        "rounded-full border px-3 py-1 text-xs font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        on ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent",
      )}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("questions.filters")} className="flex flex-wrap items-center gap-1.5">
      {chip(t("questions.filterAll"), setHref(setId, {}), none)}
      {groups.map((group, index) => (
        <span key={index} role="group" className="flex flex-wrap gap-1.5 border-l pl-1.5">
          {group.map(({ label, key, value }) => chip(label, setHref(setId, toggled(filter, key, value)), filter[key] === value))}
        </span>
      ))}
    </nav>
  );
}
