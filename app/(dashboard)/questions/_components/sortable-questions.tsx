"use client";

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useState } from "react";

import { useTranslations } from "next-intl";

import { reorderQuestionsAction } from "@/components/questions/actions";
import { useAction } from "@/components/ui/use-action";

import { SortableItem } from "./sortable-item";
import "./questions.css";

type TItem = { id: string; title: string };

/**
 * The whole set in order, to drag (or focus a handle and use Space, arrows, Space). Every drop
 * saves the full order, so the stored positions never depend on which page was on screen.
 */
export default function SortableQuestions({ setId, questions }: { setId: string; questions: TItem[] }) {
  const t = useTranslations();
  const { pending, run } = useAction();
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

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((item) => item.id === active.id);
    const to = items.findIndex((item) => item.id === over.id);
    const next = arrayMove(items, from, to);
    setItems(next);
    run(() => reorderQuestionsAction({ setId, ids: next.map((item) => item.id) }), { success: t("questions.reordered") });
  }

  const label = t("questions.dragHandle");
  return (
    <DndContext id={`questions-${setId}`} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items} strategy={verticalListSortingStrategy}>
        <ol className="q-list" aria-busy={pending} data-reorder="">
          {items.map((item, index) => (
            <SortableItem key={item.id} id={item.id} handleLabel={`${label}: ${item.title}`} className="q-row" data-question-id={item.id}>
              <span className="q-num">{index + 1}.</span>
              <span className="q-title">{item.title}</span>
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
