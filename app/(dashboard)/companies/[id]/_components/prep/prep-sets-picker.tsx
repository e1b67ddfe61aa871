"use client";

import { Library } from "lucide-react";
import { useOptimistic } from "react";

import { linkSetAction, unlinkSetAction } from "@/components/prep/actions";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { DropdownMenuCheckboxItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { ToolbarMenu } from "@/components/ui/toolbar-menu";
import { useTranslations } from "next-intl";
import type { TSetSuggestion } from "@/lib/services/prep-links";

type TProps = { companyId: string; sets: { id: string; title: string; linked: boolean }[]; suggestions: TSetSuggestion[] };

const withPick = (picks: Record<string, boolean>, pick: { setId: string; linked: boolean }) => ({ ...picks, [pick.setId]: pick.linked });

/**
 * Link or unlink sets from the company's side, with the sets companies of its tier use most. The
 * menu stays open for several picks; each tick shows at once and the refreshed page confirms it.
 */
export function PrepSetsPicker({ companyId, sets, suggestions }: TProps) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [picks, addPick] = useOptimistic<Record<string, boolean>, { setId: string; linked: boolean }>({}, withPick);
  const toggle = (setId: string, linked: boolean) =>
    run(
      () => {
        addPick({ setId, linked: !linked });
        return linked ? unlinkSetAction({ companyId, setId }) : linkSetAction({ companyId, setId });
      },
      { success: linked ? t("prep.unlinked") : t("prep.linked") },
    );
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
      <ToolbarMenu icon={Library} label={t("prep.manageSets")} heading={t("prep.sets")} className="max-h-80 overflow-y-auto">
        <DropdownMenuSeparator />
        {sets.map((set) => {
          const linked = picks[set.id] ?? set.linked;
          return (
            <DropdownMenuCheckboxItem
              key={set.id}
              checked={linked}
              onSelect={(event) => event.preventDefault()}
              onCheckedChange={() => toggle(set.id, linked)}
            >
              {set.title}
            </DropdownMenuCheckboxItem>
          );
        })}
      </ToolbarMenu>
    </div>
  );
}
