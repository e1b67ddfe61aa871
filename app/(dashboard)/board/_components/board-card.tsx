"use client";

// A card on the board: company, tier, role, next event and prep progress. The whole card is
// the drag handle (mouse, touch, or keyboard: focus it and press Space).
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";

import { useT } from "@/lib/i18n/client";
import type { TBoardCard } from "@/lib/services/board";
import { cn } from "@/lib/utils";

import { PrepMeter, TierBadge, useFormatDateTime, useRelativeTime, useStageLabel } from "../../companies/_components/labels";

export const cardKey = (card: Pick<TBoardCard, "applicationId" | "companyId">) => card.applicationId ?? `company:${card.companyId}`;

type TProps = { card: TBoardCard; timeZone: string; now: Date; overlay?: boolean };

export function BoardCard({ card, timeZone, now, overlay = false }: TProps) {
  const t = useT();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDateTime(timeZone);
  const relative = useRelativeTime();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: cardKey(card),
    data: { card },
    disabled: overlay,
  });
  return (
    <div
      ref={overlay ? undefined : setNodeRef}
      style={overlay ? undefined : { transform: CSS.Translate.toString(transform) }}
      {...(overlay ? {} : listeners)}
      {...(overlay ? {} : attributes)}
      aria-describedby="board-card-hint"
      data-testid="board-card"
      data-company={card.name}
      className={cn(
        "touch-manipulation space-y-1.5 rounded-md border bg-card p-2.5 text-sm shadow-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        isDragging && !overlay && "opacity-40",
        overlay && "rotate-1 shadow-lg",
      )}
    >
      <div className="flex items-center gap-1.5">
        <TierBadge tier={card.tier} />
        <Link href={`/companies/${card.companyId}`} className="min-w-0 flex-1 truncate font-medium hover:underline" tabIndex={-1}>
          {card.name}
        </Link>
      </div>
      {card.role ? <div className="truncate text-xs text-muted-foreground">{card.role}</div> : null}
      {card.nextEvent ? (
        <div className="text-xs">
          {stageLabel(card.nextEvent.stage)}
          {card.nextEvent.label ? ` · ${card.nextEvent.label}` : ""}
          <div className="text-muted-foreground">
            <time dateTime={card.nextEvent.at.toISOString()}>{formatDate(card.nextEvent.at, now)}</time> · {relative(card.nextEvent.at, now)}
          </div>
        </div>
      ) : null}
      {card.prep.total > 0 ? <PrepMeter percent={card.prep.percent} total={card.prep.total} /> : null}
      {card.applicationId === null ? <div className="text-xs text-muted-foreground">{t("companies.noApplication")}</div> : null}
    </div>
  );
}
