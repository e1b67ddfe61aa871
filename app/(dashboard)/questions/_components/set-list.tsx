"use client";

import { ArrowDown, ArrowUp, MoreHorizontal, Pencil, Star, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useT } from "@/lib/i18n/client";
import type { TSetSummary } from "@/lib/services/questions";

import { deleteSetAction, renameSetAction, reorderSetsAction } from "../actions";
import { MasteryBar } from "./mastery-bar";
import { SetTitleDialog } from "./set-title-dialog";
import { useAction } from "./use-action";

/** The sets, in order: counts, mastery, and a menu to rename, move or delete each. */
export function SetList({ sets }: { sets: TSetSummary[] }) {
  const t = useT();
  const { pending, run } = useAction();
  const [renaming, setRenaming] = useState<TSetSummary | null>(null);
  const [deleting, setDeleting] = useState<TSetSummary | null>(null);

  function move(index: number, by: -1 | 1) {
    const ids = sets.map((set) => set.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    run(() => reorderSetsAction({ ids }));
  }

  return (
    <>
      <ul className="divide-y rounded-xl border" aria-busy={pending}>
        {sets.map((set, index) => (
          <li key={set.id} className="flex items-center gap-3 px-4 py-3">
            <div className="min-w-0 flex-1 space-y-1.5">
              <Link href={`/questions/${set.id}`} className="block truncate font-medium hover:underline">
                {set.title}
              </Link>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                <span>{t("questions.countQuestions", { count: set.questions })}</span>
                {set.starred > 0 ? (
                  <span className="inline-flex items-center gap-0.5" title={t("questions.filterStarred")}>
                    <Star aria-hidden="true" className="size-3 fill-amber-400 text-amber-400" />
                    {set.starred}
                  </span>
                ) : null}
                {set.placeholders > 0 ? (
                  <span className="text-warning">{t("questions.countPlaceholders", { count: set.placeholders })}</span>
                ) : null}
                {set.companies.length > 0 ? <span>{t("questions.linkedCompanies", { count: set.companies.length })}</span> : null}
              </div>
              <MasteryBar known={set.known} learning={set.learning} fresh={set.fresh} />
            </div>
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="ghost" size="icon-sm" aria-label={`${t("questions.actions")}: ${set.title}`}>
                  <MoreHorizontal aria-hidden="true" />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuItem onSelect={() => setRenaming(set)}>
                  <Pencil aria-hidden="true" />
                  {t("questions.rename")}
                </DropdownMenuItem>
                <DropdownMenuItem disabled={index === 0} onSelect={() => move(index, -1)}>
                  <ArrowUp aria-hidden="true" />
                  {t("questions.moveUp")}
                </DropdownMenuItem>
                <DropdownMenuItem disabled={index === sets.length - 1} onSelect={() => move(index, 1)}>
                  <ArrowDown aria-hidden="true" />
                  {t("questions.moveDown")}
                </DropdownMenuItem>
                <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(set)}>
                  <Trash2 aria-hidden="true" />
                  {t("questions.deleteSet")}
                </DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          </li>
        ))}
      </ul>
      {renaming ? (
        <SetTitleDialog
          key={renaming.id}
          open
          onOpenChange={(open) => (open ? null : setRenaming(null))}
          trigger={null}
          title={t("questions.renameTitle")}
          submitLabel={t("questions.save")}
          initial={renaming.title}
          success={t("questions.saved")}
          onSubmit={(title) => renameSetAction({ setId: renaming.id, title })}
        />
      ) : null}
      <AlertDialog open={deleting !== null} onOpenChange={(open) => (open ? null : setDeleting(null))}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("questions.deleteSetTitle", { title: deleting?.title ?? "" })}</AlertDialogTitle>
            <AlertDialogDescription>{t("questions.deleteSetBody", { count: deleting?.questions ?? 0 })}</AlertDialogDescription>
            {deleting && deleting.companies.length > 0 ? (
              <p className="text-sm font-medium text-destructive">
                {t("questions.deleteSetLinked", { companies: deleting.companies.join("、") })}
              </p>
            ) : null}
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
            <AlertDialogAction
              variant="destructive"
              onClick={() => {
                const setId = deleting?.id;
                if (setId) run(() => deleteSetAction({ setId }), { success: t("questions.deleted") });
              }}
            >
              {t("common.delete")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
