"use client";

// One column of the board: a drop target with its cards; 挂 and offer can be collapsed.
import { useDroppable } from "@dnd-kit/core";
import { ChevronsLeftRight, ChevronsRightLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import type { TBoardColumn } from "@/lib/applications/board";
import { useT } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";

type TProps = {
  column: TBoardColumn;
  title: string;
  count: number;
  shown: number;
  collapsible: boolean;
  collapsed: boolean;
  onToggle: () => void;
  children: ReactNode;
};

const moreHref = (column: TBoardColumn) =>
  column === "REJECTED" ? "/companies?outcome=REJECTED" : column === "OFFER" ? "/companies?outcome=OFFER" : `/companies?stage=${column}&outcome=ACTIVE`;

export function BoardColumn({ column, title, count, shown, collapsible, collapsed, onToggle, children }: TProps) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: column });
  return (
    <section
      ref={setNodeRef}
      aria-label={title}
      data-testid="board-column"
      data-column={column}
      className={cn(
        "flex shrink-0 snap-start flex-col rounded-lg border bg-muted/40 transition-colors",
        collapsed ? "w-12" : "w-60 lg:w-auto lg:min-w-44 lg:flex-1",
        isOver && "border-primary bg-primary/5",
      )}
    >
      <header className={cn("flex items-center gap-1 px-2 py-2", collapsed && "flex-col")}>
        <h2 className={cn("text-sm font-semibold", collapsed && "[writing-mode:vertical-rl]")}>{title}</h2>
        <span className="text-xs text-muted-foreground tabular-nums">{count}</span>
        {collapsible ? (
          <Button
            variant="ghost"
            size="icon-sm"
            className={cn("size-7", !collapsed && "ml-auto")}
            aria-expanded={!collapsed}
            aria-label={t(collapsed ? "board.expand" : "board.collapse", { column: title })}
            onClick={onToggle}
          >
            {collapsed ? <ChevronsLeftRight aria-hidden="true" /> : <ChevronsRightLeft aria-hidden="true" />}
          </Button>
        ) : null}
      </header>
      {collapsed ? null : (
        <div className="flex min-h-24 flex-1 flex-col gap-2 px-2 pb-2">
          {children}
          {count === 0 ? (
            <p className="rounded-md border border-dashed px-2 py-4 text-center text-xs text-muted-foreground">{t("board.emptyColumn")}</p>
          ) : null}
          {count > shown ? (
            <Link href={moreHref(column)} className="px-1 text-xs text-primary hover:underline">
              {t("board.more", { count: count - shown })}
            </Link>
          ) : null}
        </div>
      )}
    </section>
  );
}
