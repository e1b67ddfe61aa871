// A card's history, with no I/O: one rating applied the same way when it is made and when the
// log is replayed (after a change of parameters, or to check the stored card).
import { ReviewSource } from "@/lib/generated/prisma/enums";
import type { TReviewParameters } from "@/lib/validation/review";

import { newCard, rate, RESET_RATING, resetCard, type TCard, type TRating } from "./scheduler";

/** A rating as logged: 1–4, or RESET_RATING for "not learnt yet". */
export type TLoggedRating = TRating | typeof RESET_RATING;
export type TLogEntry = { rating: TLoggedRating; source: ReviewSource; reviewedAt: Date };

/** The card after one logged rating. A manual Easy is "I know this" (see rate). */
export function applyRating(card: TCard, cardId: string, entry: TLogEntry, params: TReviewParameters): TCard {
  if (entry.rating === RESET_RATING) return resetCard(card, entry.reviewedAt);
  const known = entry.source === ReviewSource.MANUAL && entry.rating === 4;
  return rate(card, cardId, entry.rating, entry.reviewedAt, params, known);
}

/** The card a log gives from the start, oldest rating first; null when the log is empty. */
export function replay(cardId: string, entries: readonly TLogEntry[], params: TReviewParameters): TCard | null {
  const [first] = entries;
  if (!first) return null;
  return entries.reduce((card, entry) => applyRating(card, cardId, entry, params), newCard(first.reviewedAt));
}
