"use client";

// Actions on the selected rows: set their tier, link a question set to them, and archive them
// (or, in the archived view, restore them). Each toast offers undo (a tier undo gives each
// company its own previous tier back).
import { Archive, ArchiveRestore, ChevronDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { TActionResult } from "@/lib/errors";
import type { Tier } from "@/lib/generated/prisma/enums";
import { ToolbarButton } from "@/components/ui/toolbar-button";
import { useTranslations } from "next-intl";

import { archiveCompaniesAction, restoreCompaniesAction, setTierAction, undoTierAction } from "@/components/companies/actions";
import { TIERS } from "@/components/companies/company-fields";
import { LinkSetMenu } from "./link-set-menu";

type TProps = { ids: string[]; archived: boolean; onDone: () => void };

export function BulkBar({ ids, archived, onDone }: TProps) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const count = ids.length;

  /** After a change: clears the selection, refreshes, and toasts `done` with an undo that runs `undo` and says `undone`. */
  function undoable(done: string, undone: string, undo: () => Promise<TActionResult<unknown>>) {
    onDone();
    router.refresh();
    toast.success(done, {
      duration: 8000,
      action: {
        label: t("companies.undo"),
        onClick: async () => {
          const reverted = await undo();
          if (!reverted.ok) return void toast.error(reverted.message);
          toast.success(undone);
          router.refresh();
        },
      },
    });
  }

  function setTier(tier: Tier | null) {
    startTransition(async () => {
      const result = await setTierAction({ ids, tier });
      if (!result.ok) return void toast.error(result.message);
      const previous = result.data;
      undoable(
        t("companies.tierSet", { count: ids.length, tier: tier ?? t("companies.tierNone") }),
        t("companies.undoChange.tierRestored"),
        () => undoTierAction({ tier, previous }),
      );
    });
  }

  /** Archives the rows, or restores them in the archived view; undo does the opposite. */
  function move() {
    const run = archived ? restoreCompaniesAction : archiveCompaniesAction;
    const undo = archived ? archiveCompaniesAction : restoreCompaniesAction;
    const done = archived ? t("companies.restoredCount", { count }) : t("companies.archived", { count });
    const undone = archived ? t("companies.rearchived") : t("companies.restored");
    startTransition(async () => {
      const result: TActionResult<number> = await run({ ids });
      if (!result.ok) return void toast.error(result.message);
      undoable(done, undone, () => undo({ ids }));
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t("companies.selected", { count })}>
      <span className="text-sm font-medium">{t("companies.selected", { count })}</span>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending}>
            {t("companies.setTier")}
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          {TIERS.map((tier) => (
            <DropdownMenuItem key={tier} onSelect={() => setTier(tier)}>
              {tier}
            </DropdownMenuItem>
          ))}
          <DropdownMenuItem onSelect={() => setTier(null)}>{t("companies.tierNone")}</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <LinkSetMenu ids={ids} disabled={pending} onDone={onDone} />
      <ToolbarButton icon={archived ? ArchiveRestore : Archive} disabled={pending} onClick={move}>
        {archived ? t("companies.restore") : t("companies.archive")}
      </ToolbarButton>
    </div>
  );
}
