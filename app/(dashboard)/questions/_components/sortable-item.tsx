"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ComponentProps } from "react";

type TSortableItemProps = ComponentProps<"li"> & { id: string; handleLabel: string };

/** A list item to drag into place, led by its drag handle (which the keyboard moves it with too). */
export function SortableItem({ id, handleLabel, children, ...props }: TSortableItemProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} data-dragging={isDragging ? "" : undefined} {...props}>
      <button type="button" className="q-handle" aria-label={handleLabel} {...attributes} {...listeners} />
      {children}
    </li>
  );
}
