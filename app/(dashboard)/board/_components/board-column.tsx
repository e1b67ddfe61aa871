"use client";

// One column of the board: a drop target with its cards; 挂 and offer can be collapsed.
import { useDroppable } from "@dnd-kit/core";
import { ChevronsLeftRight, ChevronsRightLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import type { TBoardColumn } from "@/lib/applications/board";
import { useTranslations } from "next-intl";
import type { TBoardFilter } from "@/lib/services/board";

type TProps = {
  column: TBoardColumn;
  title: string;
  count: number;
  shown: number;
  filter: TBoardFilter;
  collapsible: boolean;
  collapsed: boolean;
  onToggle: () => void;
  children: ReactNode;
};

// The companies table filtered to a column's cards (and the board's tier filter and search). 待投递
// is mostly companies with no application yet, which have no outcome to filter on.
function columnHref(column: TBoardColumn, { tiers, q }: TBoardFilter): string {
  const filter =
    column === "REJECTED" || column === "OFFER" ? `outcome=${column}` : column === "TO_APPLY" ? "stage=TO_APPLY" : `stage=${column}&outcome=ACTIVE`;
  const tier = tiers.length > 0 ? `&tier=${tiers.join(",")}` : "";
  return `/companies?${filter}${tier}${q ? `&q=${encodeURIComponent(q)}` : ""}`;
}

export function BoardColumn({ column, title, count, shown, filter, collapsible, collapsed, onToggle, children }: TProps) {
  const t = useTranslations();
  const { setNodeRef, isOver } = useDroppable({ id: column });
  return (
    <section
      ref={setNodeRef}
      aria-label={title}
      data-testid="board-column"
      data-column={column}
      className={`bcol${collapsed ? " shut" : ""}${isOver ? " over" : ""}`}
    >
      <header>
        <h2>{title}</h2>
        <span className="bcol-n">{count}</span>
        {collapsible ? (
          <Button
            variant="ghost"
            size="icon-sm"
            className={collapsed ? "size-7" : "ml-auto size-7"}
            aria-expanded={!collapsed}
            aria-label={t(collapsed ? "board.expand" : "board.collapse", { column: title })}
            onClick={onToggle}
          >
            {collapsed ? <ChevronsLeftRight aria-hidden="true" /> : <ChevronsRightLeft aria-hidden="true" />}
          </Button>
        ) : null}
      </header>
      {collapsed ? null : (
        <div className="bcol-body">
          {children}
          {count === 0 ? <p className="bcol-empty">{t("board.emptyColumn")}</p> : null}
          {count > shown ? (
            <Link href={columnHref(column, filter)} className="bcol-more" data-testid="board-more">
              {t("board.more", { count: count - shown })}
            </Link>
          ) : null}
        </div>
      )}
    </section>
  );
}
