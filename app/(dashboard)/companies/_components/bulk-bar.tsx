"use client";

// Actions on the selected rows: set their tier, or archive them (a toast offers undo).
import { Archive, ChevronDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { Tier } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";

import { archiveCompaniesAction, restoreCompaniesAction, setTierAction } from "../actions";
import { TIERS } from "./company-fields";

export function BulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function setTier(tier: Tier | null) {
    startTransition(async () => {
      const result = await setTierAction({ ids, tier });
      if (!result.ok) return void toast.error(result.message);
      toast.success(t("companies.tierSet", { count: ids.length, tier: tier ?? t("companies.tierNone") }));
      onDone();
      router.refresh();
    });
  }

  function archive() {
    startTransition(async () => {
      const result = await archiveCompaniesAction({ ids });
      if (!result.ok) return void toast.error(result.message);
      onDone();
      router.refresh();
      toast.success(t("companies.archived", { count: ids.length }), {
        duration: 8000,
        action: {
          label: t("companies.undo"),
          onClick: async () => {
            const restored = await restoreCompaniesAction({ ids });
            if (!restored.ok) return void toast.error(restored.message);
            toast.success(t("companies.restored"));
            router.refresh();
          },
        },
      });
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t("companies.selected", { count: ids.length })}>
      <span className="text-sm font-medium">{t("companies.selected", { count: ids.length })}</span>
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
      <Button variant="outline" size="sm" disabled={pending} onClick={archive}>
        <Archive aria-hidden="true" />
        {t("companies.archive")}
      </Button>
    </div>
  );
}
