"use client";

// The bulk bar's "link a question set": the user's sets are read when the menu first opens (they
// need not ride on every page of the table); picking one links it to every selected company,
// and the toast's undo removes the links that were added.
import { BookOpen, ChevronDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useTranslations } from "next-intl";

import { linkSetToCompaniesAction, listSetOptionsAction, unlinkSetFromCompaniesAction } from "@/components/companies/actions";

type TSetOption = { id: string; title: string; questions: number };
type TProps = { ids: string[]; disabled: boolean; onDone: () => void };

export function LinkSetMenu({ ids, disabled, onDone }: TProps) {
  const t = useTranslations();
  const router = useRouter();
  const [sets, setSets] = useState<TSetOption[] | null>(null);
  const [pending, startTransition] = useTransition();

  async function load(open: boolean) {
    if (!open || sets !== null) return;
    const result = await listSetOptionsAction();
    if (!result.ok) return void toast.error(result.message);
    setSets(result.data);
  }

  function link(set: TSetOption) {
    startTransition(async () => {
      const result = await linkSetToCompaniesAction({ setId: set.id, ids });
      if (!result.ok) return void toast.error(result.message);
      onDone();
      router.refresh();
      const added = result.data;
      if (added.length === 0) return void toast.success(t("companies.setAlreadyLinked", { title: set.title }));
      toast.success(t("companies.setLinked", { title: set.title, count: added.length }), {
        duration: 8000,
        action: {
          label: t("companies.undo"),
          onClick: async () => {
            const undone = await unlinkSetFromCompaniesAction({ setId: set.id, ids: added });
            if (!undone.ok) return void toast.error(undone.message);
            toast.success(t("companies.setUnlinked", { title: set.title }));
            router.refresh();
          },
        },
      });
    });
  }

  return (
    <DropdownMenu onOpenChange={(open) => void load(open)}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled || pending}>
          <BookOpen aria-hidden="true" />
          {t("companies.linkSet")}
          <ChevronDown aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-w-72">
        {sets === null ? (
          <DropdownMenuItem disabled>{t("companies.setsLoading")}</DropdownMenuItem>
        ) : sets.length === 0 ? (
          <DropdownMenuItem disabled>{t("companies.noSets")}</DropdownMenuItem>
        ) : (
          sets.map((set) => (
            <DropdownMenuItem key={set.id} onSelect={() => link(set)}>
              <span className="min-w-0 flex-1 truncate">{set.title}</span>
              <span className="text-xs text-muted-foreground tabular-nums">{t("companies.setQuestions", { count: set.questions })}</span>
            </DropdownMenuItem>
          ))
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
