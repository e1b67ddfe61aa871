"use client";

// A card on the board: company, tier, role, next event (or, with none coming, the latest past
// one) and prep progress. The whole card is the drag handle (mouse; touch: press and hold; or
// keyboard: focus it and press Space).
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import { extraLabel } from "@/lib/applications/stages";
import type { TBoardCard } from "@/lib/services/board";

import { PrepMeter, TierBadge, useFormatDateTime, useRelativeTime, useStageLabel } from "@/components/companies/labels";

export const cardKey = (card: Pick<TBoardCard, "applicationId" | "companyId">) => card.applicationId ?? `company:${card.companyId}`;

/** What every card words the same way, made once for the board, not once per card. */
export function useCardText() {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDateTime();
  const relative = useRelativeTime();
  return useMemo(() => ({ noApplication: t("companies.noApplication"), stageLabel, formatDate, relative }), [t, stageLabel, formatDate, relative]);
}

type TProps = { card: TBoardCard; now: Date; text: ReturnType<typeof useCardText>; overlay?: boolean };

export function BoardCard({ card, now, text, overlay = false }: TProps) {
  const { stageLabel, formatDate, relative } = text;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: cardKey(card),
    data: { card },
    disabled: overlay,
  });
  const event = card.nextEvent ?? card.lastEvent;
  // A label that only repeats the stage's name (笔试 on a 笔试, in either language) is not shown.
  const extra = event ? extraLabel(event.stage, event.label) : "";
  return (
    <div
      ref={overlay ? undefined : setNodeRef}
      style={overlay || !transform ? undefined : { transform: CSS.Translate.toString(transform) }}
      {...(overlay ? {} : listeners)}
      {...(overlay ? {} : attributes)}
      aria-describedby="board-card-hint"
      data-testid="board-card"
      data-company={card.name}
      className={overlay ? "bcard overlay" : isDragging ? "bcard lifted" : "bcard"}
    >
      <p>
        <TierBadge tier={card.tier} />
        <Link href={`/companies/${card.companyId}`} tabIndex={-1}>
          {card.name}
        </Link>
      </p>
      {card.role ? <div className="bcard-sub">{card.role}</div> : null}
      {event ? (
        <div className={event === card.nextEvent ? "bcard-ev" : "bcard-ev past"} data-testid="board-card-event">
          {stageLabel(event.stage)}
          {extra ? ` · ${extra}` : ""}
          <span>
            <time dateTime={event.at.toISOString()}>{formatDate(event.at, now)}</time> · {relative(event.at, now)}
          </span>
        </div>
      ) : null}
      {card.prep.total > 0 ? <PrepMeter percent={card.prep.percent} /> : null}
      {card.applicationId === null ? <div className="bcard-sub">{text.noApplication}</div> : null}
    </div>
  );
}
