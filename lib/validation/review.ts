import { z } from "zod";

import { ZId } from "@/lib/validation/id";
import { storedPreference } from "@/lib/validation/preferences";

// The review page's inputs and the user's FSRS parameters (User.preferences.review).

/** FSRS parameters of one user; what is missing or invalid falls back to the defaults. */
export const ZReviewParameters = z.strictObject({
  /** The recall probability the intervals aim at. */
  requestRetention: z.number().min(0.7).max(0.99).default(0.9),
  /** The longest interval, in days. */
  maximumInterval: z.number().int().min(1).max(36_500).default(36_500),
  /** The model's weights (FSRS-6: 21 numbers), when fitted to the user's history. */
  w: z.array(z.number().finite().min(-100).max(100)).length(21).optional(),
});
export type TReviewParameters = z.output<typeof ZReviewParameters>;

export const DEFAULT_REVIEW_PARAMETERS: TReviewParameters = ZReviewParameters.parse({});

/** The parameters kept in a user's preferences, or the defaults when there are none or they do not parse. */
export function reviewParametersOf(preferences: unknown): TReviewParameters {
  return storedPreference(preferences, "review", ZReviewParameters, DEFAULT_REVIEW_PARAMETERS);
}

export const ZRateCardInput = z.strictObject({
  questionId: ZId,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { message: "errors.VALIDATION" }),
});
