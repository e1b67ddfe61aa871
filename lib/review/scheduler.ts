// FSRS scheduling of one question's card (ts-fsrs), with no I/O: day-level intervals (no
// same-day learning steps, which suit long answers), fuzz seeded by the card's id and its
// repetitions so a review is reproducible, and the user's parameters (lib/validation/review).
import {
  computeDecayFactor,
  createEmptyCard,
  fsrs,
  GenSeedStrategyWithCardId,
  type Card,
  type Grade,
  State,
  StrategyMode,
  type FSRS,
} from "ts-fsrs";

import { CardState } from "@/lib/generated/prisma/enums";
import type { TReviewParameters } from "@/lib/validation/review";

/** A card as stored (ReviewCard's columns). */
export type TCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
};

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type TRating = 1 | 2 | 3 | 4;
/** Forgotten: with day-level scheduling the card falls due the next day. */
export const AGAIN: TRating = 1;
/** The rating a log gives a manual reset ("not learnt yet"). */
export const RESET_RATING = 0;

/** Stability (days until recall falls to 90%) from which a card counts as known. */
export const KNOWN_STABILITY_DAYS = 7;

const STATES = [CardState.NEW, CardState.LEARNING, CardState.REVIEW, CardState.RELEARNING] as const;
const DAY_MS = 86_400_000;

/** A card never reviewed, as of `now`. */
export function newCard(now: Date): TCard {
  return fromFsrs(createEmptyCard(now));
}

/** A never-reviewed card carries no history: undoing a first rating removes the row. */
export function isUnreviewed(card: TCard): boolean {
  return card.state === CardState.NEW && card.reps === 0 && card.lastReview === null;
}

function fromFsrs(card: Card): TCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    lastReview: card.last_review ?? null,
  };
}

/** The card in ts-fsrs's shape. */
export function toFsrs(card: TCard, cardId: string): Card & { cid: string } {
  return {
    cid: cardId,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES.indexOf(card.state) as State,
    last_review: card.lastReview ?? undefined,
  };
}

/** One FSRS instance per parameters object: a page ranking many cards builds it once. */
const schedulers = new WeakMap<TReviewParameters, FSRS>();

function scheduler(params: TReviewParameters): FSRS {
  let made = schedulers.get(params);
  if (!made) {
    made = fsrs({
      request_retention: params.requestRetention,
      maximum_interval: params.maximumInterval,
      ...(params.w ? { w: params.w } : {}),
      enable_fuzz: true,
      enable_short_term: false,
    }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId("cid"));
    schedulers.set(params, made);
  }
  return made;
}

/** A manual mastery: "I know this" (with Easy) or "still learning" (with Again). */
type TPin = "known" | "learning";

/**
 * The card after `rating` at `now`. A manual mastery also pins the memory on its side of
 * KNOWN_STABILITY_DAYS, so the bank shows what the user chose whatever the history: known lifts
 * it to at least that, learning keeps it under and brings the card back tomorrow.
 */
export function rate(card: TCard, cardId: string, rating: TRating, now: Date, params: TReviewParameters, pin?: TPin): TCard {
  const f = scheduler(params);
  const next = fromFsrs(f.next(toFsrs(card, cardId), now, rating as Grade).card);
  if (pin === "known" && next.stability < KNOWN_STABILITY_DAYS) {
    const days = Math.max(next.scheduledDays, Math.min(KNOWN_STABILITY_DAYS, params.maximumInterval));
    return { ...next, stability: KNOWN_STABILITY_DAYS, scheduledDays: days, due: new Date(now.getTime() + days * DAY_MS) };
  }
  if (pin === "learning" && next.stability >= KNOWN_STABILITY_DAYS) {
    return { ...next, stability: KNOWN_STABILITY_DAYS / 2, scheduledDays: 1, due: new Date(now.getTime() + DAY_MS) };
  }
  return next;
}

/** The days until the card is due again after each rating, shown on the rating buttons. */
export function previewIntervals(card: TCard, cardId: string, now: Date, params: TReviewParameters): Record<TRating, number> {
  const f = scheduler(params);
  const preview = f.repeat(toFsrs(card, cardId), now);
  return { 1: preview[1].card.scheduled_days, 2: preview[2].card.scheduled_days, 3: preview[3].card.scheduled_days, 4: preview[4].card.scheduled_days };
}

/**
 * The forgetting curve's constants for these parameters, as ts-fsrs derives them: `decay` is
 * minus w[20] once ts-fsrs has migrated and clamped the weights, `factor` is 0.9^(1/decay) − 1
 * rounded to 8 decimals. Recall after t whole days at stability S is (1 + factor·t/S)^decay.
 */
export function forgettingCurveOf(params: TReviewParameters): { decay: number; factor: number } {
  return computeDecayFactor(scheduler(params).parameters.w);
}

/** A manual reset: the card is new again, its counts kept. */
export function resetCard(card: TCard, now: Date): TCard {
  return { ...newCard(now), reps: card.reps, lapses: card.lapses, lastReview: card.lastReview };
}
