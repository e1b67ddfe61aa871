"use client";

import { ArrowDown, ArrowUp, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";

import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useT } from "@/lib/i18n/client";

type TProps = {
  label: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRename: () => void;
  onDelete: () => void;
};

/**
 * A set's menu: rename, move up/down (the keyboard alternative to dragging), delete. Each row
 * renders a plain button; the menu itself mounts on first use, so the list stays light.
 */
export function SetMenu({ label, first, last, onMove, onRename, onDelete }: TProps) {
  const t = useT();
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  function mount() {
    setMounted(true);
    setOpen(true);
  }
  const trigger = (
    <button type="button" className="menu-btn" aria-label={label} aria-haspopup="menu" onClick={mounted ? undefined : mount} />
  );
  if (!mounted) return trigger;
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
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
