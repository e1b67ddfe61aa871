"use client";

import Link from "next/link";

import { useTranslations } from "next-intl";
import type { TSetSummary } from "@/lib/services/questions";

import { MasteryBar } from "./mastery-bar";
import { SetMenu } from "./set-menu";
import { SortableItem } from "./sortable-item";

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
  return (
    <SortableItem id={set.id} handleLabel={`${t("questions.dragSet")}: ${set.title}`} className="set-row" data-set-id={set.id}>
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
    </SortableItem>
  );
}
