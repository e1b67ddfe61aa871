"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";

import { useTranslations } from "next-intl";
import type { TSetSummary } from "@/lib/services/questions";

import { MasteryBar } from "./mastery-bar";
import { SetMenu } from "./set-menu";

type TProps = {
  set: TSetSummary;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRename: () => void;
  onDelete: () => void;
};

/** One set: drag handle, title, counts, mastery, and its menu. */
export function SetRow({ set, first, last, onMove, onRename, onDelete }: TProps) {
  const t = useTranslations();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: set.id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className="set-row"
      data-set-id={set.id}
      data-dragging={isDragging ? "" : undefined}
    >
      <button type="button" className="q-handle" aria-label={`${t("questions.dragSet")}: ${set.title}`} {...attributes} {...listeners} />
      <div className="set-main">
        <Link href={`/questions/${set.id}`} className="set-title">
          {set.title}
        </Link>
        <div className="set-meta">
          <span>{t("questions.countQuestions", { count: set.questions })}</span>
          {set.starred > 0 ? <span className="set-starred" title={t("questions.filterStarred")}>★ {set.starred}</span> : null}
          {set.placeholders > 0 ? <span className="text-warning">{t("questions.countPlaceholders", { count: set.placeholders })}</span> : null}
          {set.linkedCompanies > 0 ? <span>{t("questions.linkedCompanies", { count: set.linkedCompanies })}</span> : null}
        </div>
        <MasteryBar known={set.known} learning={set.learning} fresh={set.fresh} />
      </div>
      <SetMenu label={`${t("questions.actions")}: ${set.title}`} first={first} last={last} onMove={onMove} onRename={onRename} onDelete={onDelete} />
    </li>
  );
}
