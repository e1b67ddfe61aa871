"use client";

// The board: drag a card (mouse; touch: press and hold, then drag; or keyboard) to another
// column to record that stage.
// What a drop means comes from lib/applications (planDropOnColumn); 笔试 and 面试 ask for the
// date first. The card moves at once (optimistic); the server checks the move and the version.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useMemo, useOptimistic, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { BOARD_COLUMNS, BOARD_COLUMN_LABELS, planDropOnColumn, type TBoardColumn } from "@/lib/applications/board";
import { Stage } from "@/lib/generated/prisma/enums";
import { useLocale, useTranslations } from "next-intl";
import type { TBoard, TBoardCard, TBoardFilter } from "@/lib/services/board";
import type { TMoveCommandInput } from "@/lib/validation/applications";

import { moveApplicationAction, startApplicationAction } from "@/components/companies/actions";
import { AdvanceDialog } from "@/components/companies/advance-dialog";
import { useUndoToast } from "@/components/companies/use-undo-toast";
import { BoardCard, cardKey, useCardText } from "./board-card";
import { BoardColumn } from "./board-column";
import { BoardScroller } from "./board-scroller";
import { columnKeyboardCoordinates } from "./column-keyboard";
import "./board.css";

type TDatePrompt = { card: TBoardCard; column: TBoardColumn; stage: Extract<TMoveCommandInput, { type: "advance" }>["stage"] };

const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

const nameOf = (data: unknown) => ((data as { card?: TBoardCard } | undefined)?.card?.name ?? "");

type TProps = { board: TBoard; filter: TBoardFilter; timeZone: string; now: string };

export function BoardView({ board, filter, timeZone, now: nowIso }: TProps) {
  const t = useTranslations();
  const text = useCardText();
  const locale = useLocale();
  const router = useRouter();
  const { done } = useUndoToast();
  const now = useMemo(() => new Date(nowIso), [nowIso]);
  const labels = BOARD_COLUMN_LABELS[locale];
  const [cards, moveCard] = useOptimistic(board.cards, (current, move: { key: string; column: TBoardColumn }) =>
    current.map((card) => (cardKey(card) === move.key ? { ...card, column: move.column } : card)),
  );
  const [, startTransition] = useTransition();
  const [collapsed, setCollapsed] = useState<TBoardColumn[]>([]);
  const [dragging, setDragging] = useState<TBoardCard | null>(null);
  const [prompt, setPrompt] = useState<TDatePrompt | null>(null);
  // A finger picks a card up after a short press that stays put, so a swipe still scrolls the page
  // and the columns; a mouse after moving a few pixels, so a click still opens the company.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  function send(card: TBoardCard, column: TBoardColumn, command: TMoveCommandInput) {
    startTransition(async () => {
      moveCard({ key: cardKey(card), column });
      const result =
        card.applicationId && card.version
          ? await moveApplicationAction({ applicationId: card.applicationId, version: card.version, command })
          : await startApplicationAction({ companyId: card.companyId, role: "", command });
      if (result.ok) return done(t("board.moved", { name: card.name, column: labels[column] }), result.data.undo);
      toast.error(result.message);
      router.refresh();
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragging(null);
    const card = (active.data.current as { card?: TBoardCard } | undefined)?.card;
    if (!card || !over) return;
    const column = over.id as TBoardColumn;
    const plan = planDropOnColumn(card, column);
    if (!plan.ok) return void toast.error(t(`companies.moves.${plan.code}`));
    if (plan.kind === "none") return;
    const command = plan.command;
    if (command.type === "advance") {
      const stage = command.stage as TDatePrompt["stage"];
      if (plan.needsDate) return setPrompt({ card, column, stage });
      return send(card, column, { type: "advance", stage });
    }
    if (command.type === "markOffer" || command.type === "markRejected" || command.type === "reopen") send(card, column, { type: command.type });
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("board.announce.start", { name: nameOf(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over ? t("board.announce.over", { name: nameOf(active.data.current), column: labels[over.id as TBoardColumn] }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("board.announce.drop", { name: nameOf(active.data.current), column: labels[over.id as TBoardColumn] }) : undefined,
    onDragCancel: ({ active }) => t("board.announce.cancel", { name: nameOf(active.data.current) }),
  };

  return (
    <>
      <p id="board-card-hint" className="sr-only">
        {t("board.cardHint")}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.cardHint") } }}
        onDragStart={({ active }) => setDragging((active.data.current as { card?: TBoardCard } | undefined)?.card ?? null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <BoardScroller>
          {BOARD_COLUMNS.map((column) => {
            const inColumn = cards.filter((card) => card.column === column);
            const collapsible = column === Stage.OFFER || column === "REJECTED";
            return (
              <BoardColumn
                key={column}
                column={column}
                title={labels[column]}
                count={Math.max(board.counts[column] ?? 0, inColumn.length)}
                shown={inColumn.length}
                filter={filter}
                collapsible={collapsible}
                collapsed={collapsed.includes(column)}
                onToggle={() => setCollapsed((list) => (list.includes(column) ? list.filter((c) => c !== column) : [...list, column]))}
              >
                {inColumn.map((card) => (
                  <BoardCard key={cardKey(card)} card={card} now={now} text={text} />
                ))}
              </BoardColumn>
            );
          })}
        </BoardScroller>
        <DragOverlay>{dragging ? <BoardCard card={dragging} now={now} text={text} overlay /> : null}</DragOverlay>
      </DndContext>
      {prompt ? (
        <AdvanceDialog
          open
          onOpenChange={(open) => (open ? undefined : setPrompt(null))}
          title={t("board.dateTitle", { name: prompt.card.name, column: labels[prompt.column] })}
          description={t("board.dateBody", { column: labels[prompt.column] })}
          stages={[prompt.stage]}
          initialStage={prompt.stage}
          suggestLabel={() => ""}
          timeZone={timeZone}
          onSubmit={(command) => send(prompt.card, prompt.column, command)}
        />
      ) : null}
    </>
  );
}
