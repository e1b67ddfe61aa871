"use client";

import { Library } from "lucide-react";

import { linkSetAction, unlinkSetAction } from "@/components/prep/actions";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useTranslations } from "next-intl";
import type { TSetSuggestion } from "@/lib/services/prep-links";

type TProps = { companyId: string; sets: { id: string; title: string; linked: boolean }[]; suggestions: TSetSuggestion[] };

/** Link or unlink sets from the company's side, with the sets companies of its tier use most. */
export function PrepSetsPicker({ companyId, sets, suggestions }: TProps) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const toggle = (setId: string, linked: boolean) =>
    run(() => (linked ? unlinkSetAction({ companyId, setId }) : linkSetAction({ companyId, setId })), {
      success: linked ? t("prep.unlinked") : t("prep.linked"),
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {suggestions.length > 0 ? (
        <span className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
          {t("prep.suggested")}
          {suggestions.map((set) => (
            <Button key={set.id} variant="outline" size="sm" className="h-7" disabled={pending} onClick={() => toggle(set.id, false)}>
              + {set.title}
            </Button>
          ))}
        </span>
      ) : null}
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending}>
            <Library aria-hidden="true" />
            {t("prep.manageSets")}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="max-h-80 overflow-y-auto">
          <DropdownMenuLabel>{t("prep.sets")}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          {sets.map((set) => (
            <DropdownMenuCheckboxItem key={set.id} checked={set.linked} onCheckedChange={() => toggle(set.id, set.linked)}>
              {set.title}
            </DropdownMenuCheckboxItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
