"use client";

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import type { Mastery } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import type { TQuestionRow } from "@/lib/services/questions-items";
import { cn } from "@/lib/utils";

import { reorderQuestionsAction, setMasteryAction, setStarsAction } from "../actions";
import { MasteryButton, StarButton } from "./question-controls";
import { useAction } from "./use-action";

type TRowProps = {
  setId: string;
  question: TQuestionRow;
  index: number;
  sortable: boolean;
  onPatch: (id: string, patch: Partial<TQuestionRow>) => void;
};

function QuestionItem({ setId, question, index, sortable, onPatch }: TRowProps) {
  const t = useT();
  const { run } = useAction();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: question.id, disabled: !sortable });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn("flex items-center gap-1.5 bg-background px-2 py-2 sm:gap-2 sm:px-3", isDragging && "relative z-10 shadow-lg")}
      data-question-id={question.id}
    >
      <button
        type="button"
        className="flex size-7 shrink-0 cursor-grab touch-none items-center justify-center rounded text-muted-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-30"
        aria-label={sortable ? t("questions.dragHandle") : t("questions.dragDisabled")}
        title={sortable ? t("questions.dragHandle") : t("questions.dragDisabled")}
        disabled={!sortable}
        {...attributes}
        {...listeners}
      >
        <GripVertical aria-hidden="true" className="size-4" />
      </button>
      <span className="hidden w-8 shrink-0 text-right text-xs text-muted-foreground tabular-nums sm:inline">{index + 1}.</span>
      <Link href={`/questions/${setId}/${question.id}`} className="line-clamp-2 min-w-0 flex-1 text-sm break-words hover:underline">
        {question.title}
      </Link>
      {question.placeholder ? <Badge variant="warning">{t("questions.placeholder")}</Badge> : null}
      <StarButton
        stars={question.stars}
        onChange={(stars) => {
          onPatch(question.id, { stars });
          run(() => setStarsAction({ questionId: question.id, stars }));
        }}
      />
      <MasteryButton
        status={question.status}
        onChange={(status: Mastery) => {
          onPatch(question.id, { status });
          run(() => setMasteryAction({ questionId: question.id, status }));
        }}
      />
    </li>
  );
}

/** The set's questions; drag the handle (or focus it and use Space + arrows) to reorder. */
export function QuestionList({ setId, questions, sortable }: { setId: string; questions: TQuestionRow[]; sortable: boolean }) {
  const t = useT();
  const { run } = useAction();
  const [items, setItems] = useState(questions);
  const [source, setSource] = useState(questions);
  if (source !== questions) {
    setSource(questions);
    setItems(questions);
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const patch = (id: string, change: Partial<TQuestionRow>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((item) => item.id === active.id);
    const to = items.findIndex((item) => item.id === over.id);
    const next = arrayMove(items, from, to);
    setItems(next);
    run(() => reorderQuestionsAction({ setId, ids: next.map((item) => item.id) }), { success: t("questions.reordered") });
  }

  return (
    // A fixed id keeps dnd-kit's aria-describedby the same on the server and the client.
    <DndContext id={`questions-${setId}`} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items} strategy={verticalListSortingStrategy}>
        <ol className="divide-y overflow-hidden rounded-xl border">
          {items.map((question, index) => (
            <QuestionItem key={question.id} setId={setId} question={question} index={index} sortable={sortable} onPatch={patch} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
