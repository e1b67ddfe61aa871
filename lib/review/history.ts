// A card's history, with no I/O: one rating applied the same way when it is made and when the
// log is replayed (after a change of parameters, or to check the stored card).
import { ReviewSource } from "@/lib/generated/prisma/enums";
import type { TReviewParameters } from "@/lib/validation/review";

import { newCard, rate, RESET_RATING, resetCard, type TCard, type TRating } from "./scheduler";

/** The card before a rating, as ReviewLog's prev… columns hold it. */
type TPrevCard = {
  prevDue: Date;
  prevStability: number;
  prevDifficulty: number;
  prevElapsedDays: number;
  prevScheduledDays: number;
  prevReps: number;
  prevLapses: number;
  prevState: TCard["state"];
  prevLastReview: Date | null;
};

/** A card as a log row's prev… columns. */
export function prevColumnsOf(card: TCard): TPrevCard {
  return {
    prevDue: card.due,
    prevStability: card.stability,
    prevDifficulty: card.difficulty,
    prevElapsedDays: card.elapsedDays,
    prevScheduledDays: card.scheduledDays,
    prevReps: card.reps,
    prevLapses: card.lapses,
    prevState: card.state,
    prevLastReview: card.lastReview,
  };
}

/** The card a log row says was there before its rating: what undo restores. */
export function cardBefore(log: TPrevCard): TCard {
  return {
    due: log.prevDue,
    stability: log.prevStability,
    difficulty: log.prevDifficulty,
    elapsedDays: log.prevElapsedDays,
    scheduledDays: log.prevScheduledDays,
    reps: log.prevReps,
    lapses: log.prevLapses,
    state: log.prevState,
    lastReview: log.prevLastReview,
  };
}

/** A rating as logged: 1–4, or RESET_RATING for "not learnt yet". */
export type TLoggedRating = TRating | typeof RESET_RATING;
type TLogEntry = { rating: TLoggedRating; source: ReviewSource; reviewedAt: Date };

/** The rating the bank's manual mastery logs: KNOWN = Easy, LEARNING = Again, NEW = a reset. */
export const MANUAL_RATING = { KNOWN: 4, LEARNING: 1, NEW: RESET_RATING } as const satisfies Record<string, TLoggedRating>;

/** The card after one logged rating. A manual Easy or Again pins the mastery (see rate). */
export function applyRating(card: TCard, cardId: string, entry: TLogEntry, params: TReviewParameters): TCard {
  if (entry.rating === RESET_RATING) return resetCard(card, entry.reviewedAt);
  const manual = entry.source === ReviewSource.MANUAL;
  const pin = manual && entry.rating === MANUAL_RATING.KNOWN ? "known" : manual && entry.rating === MANUAL_RATING.LEARNING ? "learning" : undefined;
  return rate(card, cardId, entry.rating, entry.reviewedAt, params, pin);
}

/**
 * The card a log gives, oldest rating first, from the card before its first rating (a new card,
 * or the card the mastery migration made); null when the log is empty.
 */
export function replay(cardId: string, start: TCard | null, entries: readonly TLogEntry[], params: TReviewParameters): TCard | null {
  const [first] = entries;
  if (!first) return start;
  return entries.reduce((card, entry) => applyRating(card, cardId, entry, params), start ?? newCard(first.reviewedAt));
}
