"use client";

// One review session: the card's title, Space (or the button) reveals the answer, 1–4 (or the
// buttons, each with its next interval) rate it, Ctrl/⌘+Z undoes the last rating. A rated card
// leaves at once; the action returns with the server's queue, which stays the truth, so a
// session can stop at any time and resume where the server says.
import { Flame, Undo2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useState } from "react";

import { Stars } from "@/components/questions/stars";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import type { TRating } from "@/lib/review/scheduler";

import { rateCardAction, undoRatingAction } from "../actions";

import "./review.css";

export type TSessionCard = {
  questionId: string;
  href: string;
  title: string;
  setTitle: string;
  stars: number;
  context: string;
  intervals: Record<TRating, number>;
  answer: ReactNode;
};

/** `undoable`: the page rated a card today (the server's word); ratings sent since count too. */
type TProps = { cards: TSessionCard[]; due: number; reviewedToday: number; undoable: boolean; streak: string; empty: ReactNode };

const RATING_KEYS = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function ReviewSession({ cards, due, reviewedToday, undoable, streak, empty }: TProps) {
  const t = useTranslations("review");
  const { run } = useAction();
  const [rated, setRated] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState<string | null>(null);
  const current = cards.find((card) => !rated.has(card.questionId)) ?? null;
  const isRevealed = current !== null && revealed === current.questionId;
  // Ratings sent but not yet in the server's answer.
  const waiting = cards.filter((card) => rated.has(card.questionId)).length;

  function rate(rating: TRating) {
    if (!current) return;
    const { questionId } = current;
    setRated((before) => new Set(before).add(questionId));
    run(() => rateCardAction({ questionId, rating }), {
      onError: (message) => {
        toast.error(message);
        setRated((before) => new Set([...before].filter((id) => id !== questionId)));
      },
    });
  }

  /** Only today's ratings on this page are taken back (not the bank's or an interview log's). */
  const canUndo = undoable || waiting > 0;

  function undo() {
    run(() => undoRatingAction(), {
      onDone: ({ data: questionId }) => {
        setRated((before) => new Set([...before].filter((id) => id !== questionId)));
        setRevealed(null);
        toast.success(t("undone"));
      },
    });
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (typing(event.target) || event.altKey) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !event.shiftKey) {
        event.preventDefault();
        if (canUndo) undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || !current) return;
      if (event.key === " " && !isRevealed) {
        event.preventDefault();
        setRevealed(current.questionId);
      } else if (isRevealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        rate(Number(event.key) as TRating);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="space-y-4">
      <dl className="review-counts">
        <div>
          <dt>{t("dueToday")}</dt>
          <dd data-testid="due-count">{Math.max(0, due - waiting)}</dd>
        </div>
        <div>
          <dt>{t("reviewedToday")}</dt>
          <dd data-testid="reviewed-count">{reviewedToday + waiting}</dd>
        </div>
        <div>
          <dt>{t("streak")}</dt>
          <dd>
            <Flame aria-hidden="true" className="size-4 text-orange-500" />
            {streak}
          </dd>
        </div>
      </dl>
      {current ? (
        <article className="review-card" aria-labelledby="review-title" data-testid="review-card" data-question={current.questionId}>
          <header className="space-y-1">
            <p className="text-xs text-muted-foreground">
              {current.context} · {t("fromSet", { set: current.setTitle })}
            </p>
            <h2 id="review-title" className="text-lg font-semibold break-words sm:text-xl">
              <Link href={current.href} className="hover:underline">
                {current.title}
              </Link>
              <span className="ml-2 align-middle"><Stars count={current.stars} /></span>
            </h2>
          </header>
          {isRevealed ? (
            <>
              <div className="review-answer" data-testid="review-answer">
                {current.answer}
              </div>
              <div role="group" aria-label={t("rateLabel")} className="review-ratings">
                {([1, 2, 3, 4] as const).map((rating) => (
                  <Button
                    key={rating}
                    variant={rating === 1 ? "outline" : rating === 3 ? "default" : "secondary"}
                    className="h-auto flex-col gap-0.5 py-2"
                    onClick={() => rate(rating)}
                  >
                    <span>
                      <kbd>{rating}</kbd> {t(RATING_KEYS[rating])}
                    </span>
                    <span className="text-xs opacity-80">{t("interval", { days: current.intervals[rating] })}</span>
                  </Button>
                ))}
              </div>
            </>
          ) : (
            <div className="review-think">
              <p className="text-sm text-muted-foreground">{t("think")}</p>
              <Button onClick={() => setRevealed(current.questionId)}>
                {t("showAnswer")} <kbd>{t("showAnswerHint")}</kbd>
              </Button>
            </div>
          )}
        </article>
      ) : due - waiting > 0 ? (
        <div className="review-card review-loading" aria-busy="true" />
      ) : (
        empty
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="hidden text-xs text-muted-foreground sm:block">{t("keys")}</p>
        <Button variant="ghost" size="sm" onClick={undo} disabled={!canUndo}>
          <Undo2 aria-hidden="true" />
          {t("undo")}
          <kbd className="hidden sm:inline">{t("undoHint")}</kbd>
        </Button>
      </div>
    </div>
  );
}
