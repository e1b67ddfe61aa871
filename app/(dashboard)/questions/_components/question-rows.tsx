"use client";

import Link from "next/link";
import { useState, type KeyboardEvent } from "react";

import type { Mastery } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import type { TQuestionRow } from "@/lib/services/questions-items";

import { setMasteryAction, setStarsAction } from "@/components/questions/actions";
import { MASTERY_KEYS, MasteryButton, nextStars } from "@/components/questions/question-controls";
import { useAction } from "@/components/ui/use-action";

import "./questions.css";

/**
 * One page of a set's questions as light rows: title link, ⭐ (one click adds a star, the fourth
 * clears them), the placeholder badge and mastery (one click, or 1/2/3 while focus is in the row).
 */
export function QuestionRows({ setId, questions }: { setId: string; questions: TQuestionRow[] }) {
  const t = useTranslations();
  const { run } = useAction();
  const [items, setItems] = useState(questions);
  const [source, setSource] = useState(questions);
  if (source !== questions) {
    setSource(questions);
    setItems(questions);
  }
  const patch = (id: string, change: Partial<TQuestionRow>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  function mark(questionId: string, status: Mastery) {
    patch(questionId, { status });
    run(() => setMasteryAction({ questionId, status }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const status = MASTERY_KEYS[event.key];
    if (!status || event.metaKey || event.ctrlKey || event.altKey || !(event.target instanceof HTMLElement)) return;
    const id = event.target.closest<HTMLElement>("[data-question-id]")?.dataset.questionId;
    if (!id) return;
    event.preventDefault();
    mark(id, status);
  }

  const placeholder = t("questions.placeholder");
  return (
    <ol className="q-list" onKeyDown={onKeyDown}>
      {items.map((question) => (
        <li key={question.id} className="q-row" data-question-id={question.id}>
          <span className="q-num">{question.number}.</span>
          <Link href={`/questions/${setId}/${question.id}`} prefetch={false} className="q-title">
            {question.title}
          </Link>
          {question.placeholder ? <span className="q-badge">{placeholder}</span> : null}
          <button
            type="button"
            className="q-stars"
            data-stars={question.stars}
            aria-label={t("questions.starsLabel", { count: question.stars })}
            onClick={() => {
              const stars = nextStars(question.stars);
              patch(question.id, { stars });
              run(() => setStarsAction({ questionId: question.id, stars }));
            }}
          >
            {question.stars === 0 ? "☆" : "★".repeat(question.stars)}
          </button>
          <MasteryButton status={question.status} onChange={(status) => mark(question.id, status)} />
        </li>
      ))}
    </ol>
  );
}
