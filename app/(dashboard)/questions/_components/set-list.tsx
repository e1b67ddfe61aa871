"use client";

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTranslations } from "next-intl";
import type { TSetSummary } from "@/lib/services/questions";

import { deleteSetAction, renameSetAction, reorderSetsAction, setLinksAction } from "@/components/questions/actions";
import { SetRow } from "./set-row";
import { SetTitleDialog } from "./set-title-dialog";
import { useAction } from "@/components/ui/use-action";

import "./questions.css";

/**
 * The sets, in order: drag a handle (or focus it and use Space, arrows, Space) to reorder, or use
 * a set's menu to move it up or down, rename or delete it.
 */
export function SetList({ sets }: { sets: TSetSummary[] }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [items, setItems] = useState(sets);
  const [source, setSource] = useState(sets);
  if (source !== sets) {
    setSource(sets);
    setItems(sets);
  }
  const [renaming, setRenaming] = useState<TSetSummary | null>(null);
  const [deleting, setDeleting] = useState<TSetSummary | null>(null);
  // Each set's links as last read, when its delete question opened (none until they come); kept
  // per set, so an answer that comes late for one set never stands in for another's.
  const [links, setLinks] = useState<Record<string, { count: number; names: string[] }>>({});
  const linked = (deleting && links[deleting.id]) ?? null;
  const linkedCount = linked?.count ?? deleting?.linkedCompanies ?? 0;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function save(from: number, to: number) {
    const next = arrayMove(items, from, to);
    setItems(next);
    run(() => reorderSetsAction({ ids: next.map((set) => set.id) }), { success: t("questions.reordered") });
  }

  /** Opens the delete question; until the names come (or if they cannot), it says how many companies. */
  function askDelete(set: TSetSummary) {
    setDeleting(set);
    setLinksAction({ setId: set.id })
      .then((result) => (result.ok ? setLinks((current) => ({ ...current, [set.id]: result.data })) : undefined))
      .catch(() => undefined);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    save(
      items.findIndex((set) => set.id === active.id),
      items.findIndex((set) => set.id === over.id),
    );
  }

  return (
    <>
      {/* A fixed id keeps dnd-kit's aria-describedby the same on the server and the client. */}
      <DndContext id="question-sets" sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={items} strategy={verticalListSortingStrategy}>
          <ul className="q-list" aria-busy={pending}>
            {items.map((set, index) => (
              <SetRow
                key={set.id}
                set={set}
                first={index === 0}
                last={index === items.length - 1}
                onMove={(by) => save(index, index + by)}
                onRename={() => setRenaming(set)}
                onDelete={() => askDelete(set)}
              />
            ))}
          </ul>
        </SortableContext>
      </DndContext>
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
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? null : setDeleting(null))}
        title={t("questions.deleteSetTitle", { title: deleting?.title ?? "" })}
        description={t("questions.deleteSetBody", { count: deleting?.questions ?? 0 })}
        confirm={t("common.delete")}
        onConfirm={() => {
          const setId = deleting?.id;
          if (setId) run(() => deleteSetAction({ setId }), { success: t("questions.deleted") });
        }}
      >
        {linkedCount > 0 ? (
          <p className="text-sm font-medium text-destructive">
            {linked === null
              ? t("questions.deleteSetLinkedCount", { count: linkedCount })
              : t(linked.count > linked.names.length ? "questions.deleteSetLinkedMore" : "questions.deleteSetLinked", { companies: linked.names.join("、"), count: linked.count })}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
