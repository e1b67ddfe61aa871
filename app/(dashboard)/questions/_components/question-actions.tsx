"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import type { Mastery } from "@/lib/generated/prisma/enums";
import { useFormatter, useTranslations } from "next-intl";

import { setMasteryAction, setStarsAction } from "@/components/questions/actions";
import { MASTERY_KEYS, MasteryPicker, StarButton } from "@/components/questions/question-controls";
import { useAction } from "@/components/ui/use-action";

/** `placeholder`: no answer yet, so no card and no mastery to pick. */
type TProps = { questionId: string; editHref: string; stars: number; status: Mastery; reviewedAt: string | null; placeholder: boolean };


const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** ⭐ and mastery of one question; keys 1/2/3 set mastery, E opens the editor. */
export function QuestionActions({ questionId, editHref, stars: initialStars, status: initialStatus, reviewedAt: initialReviewed, placeholder }: TProps) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const { pending, run } = useAction();
  const [stars, setStarsState] = useState(initialStars);
  const [status, setStatus] = useState(initialStatus);
  const [reviewedAt, setReviewedAt] = useState(initialReviewed);

  function mark(next: Mastery) {
    setStatus(next);
    setReviewedAt(new Date().toISOString());
    run(() => setMasteryAction({ questionId, status: next }));
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const mastery = MASTERY_KEYS[event.key];
      if (mastery && !placeholder) {
        event.preventDefault();
        mark(mastery);
      } else if (event.key === "e" || event.key === "E") {
        event.preventDefault();
        router.push(editHref);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const reviewed = reviewedAt
    ? t("questions.reviewedAt", { date: format.dateTime(new Date(reviewedAt), "dateTime") })
    : t("questions.neverReviewed");

  return (
    <div className="flex flex-wrap items-center gap-3">
      <StarButton
        stars={stars}
        onChange={(next) => {
          setStarsState(next);
          run(() => setStarsAction({ questionId, stars: next }));
        }}
      />
      {placeholder ? null : (
        <>
          <MasteryPicker status={status} onChange={mark} keys busy={pending} />
          <span className="text-xs text-muted-foreground">{reviewed}</span>
          <span className="hidden text-xs text-muted-foreground lg:inline">{t("questions.masteryKeys")}</span>
        </>
      )}
    </div>
  );
}
