// Interview-date mode, with no I/O: how much of a company's questions the user is expected to
// remember at the interview's time (FSRS retrievability at that instant, not now), and which
// cards to review for it, the likeliest to be forgotten by then first.
import type { TReviewParameters } from "@/lib/validation/review";

import { retrievability, type TCard } from "./scheduler";

/** A question of the company's linked sets and its card (null: never reviewed). */
export type TInterviewCard = { questionId: string; stars: number; card: TCard | null };

/** The recall expected at `at` of each card, in [0, 1]; a card never reviewed counts 0. */
function recallAt(card: TCard | null, at: Date, params: TReviewParameters): number {
  return card === null ? 0 : retrievability(card, at, params);
}

/**
 * The expected share of the questions remembered at `at`: the mean recall probability, as a
 * whole percent; null when there are no questions.
 */
export function expectedRecallPercent(cards: readonly TInterviewCard[], at: Date, params: TReviewParameters): number | null {
  if (cards.length === 0) return null;
  const sum = cards.reduce((total, { card }) => total + recallAt(card, at, params), 0);
  return Math.round((sum / cards.length) * 100);
}

/**
 * "Review for this interview": the cards by how likely they are to be forgotten at `at`, the
 * likeliest first (more stars first among equals), so a card that would fall due only after the
 * interview still comes forward when its recall then is low. Cards rated since `dayStart` wait.
 */
export function rankForInterview<T extends TInterviewCard>(cards: readonly T[], at: Date, dayStart: Date, params: TReviewParameters): (T & { recall: number })[] {
  return cards
    .filter(({ card }) => card === null || card.lastReview === null || card.lastReview < dayStart)
    .map((item) => ({ ...item, recall: recallAt(item.card, at, params) }))
    .sort((a, b) => a.recall - b.recall || b.stars - a.stars);
}
