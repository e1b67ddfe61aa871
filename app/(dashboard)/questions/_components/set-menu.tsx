"use client";

import { ArrowDown, ArrowUp, Pencil, Trash2 } from "lucide-react";

import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useTranslations } from "next-intl";

type TProps = {
  label: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRename: () => void;
  onDelete: () => void;
};

/**
 * A set's menu: rename, move up/down (the keyboard alternative to dragging), delete. Until first
 * used it is a plain button (components/ui/deferred-root), so the list stays light.
 */
export function SetMenu({ label, first, last, onMove, onRename, onDelete }: TProps) {
  const t = useTranslations();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <button type="button" className="menu-btn" aria-label={label} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={onRename}>
          <Pencil aria-hidden="true" />
          {t("questions.rename")}
        </DropdownMenuItem>
        <DropdownMenuItem disabled={first} onSelect={() => onMove(-1)}>
          <ArrowUp aria-hidden="true" />
          {t("questions.moveUp")}
        </DropdownMenuItem>
        <DropdownMenuItem disabled={last} onSelect={() => onMove(1)}>
          <ArrowDown aria-hidden="true" />
          {t("questions.moveDown")}
        </DropdownMenuItem>
        <DropdownMenuItem variant="destructive" onSelect={onDelete}>
          <Trash2 aria-hidden="true" />
          {t("questions.deleteSet")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
