"use server";

// The review page's actions, through the one action path (lib/actions/define-action); each
// returns with the page's new queue (the server's truth).
import { defineAction, ZNoInput } from "@/lib/actions/define-action";
import { startOfDayIn } from "@/lib/dates/zone";
import { reviewCard, undoLastRating } from "@/lib/services/review";
import { ZRateCardInput } from "@/lib/validation/review";

// Mastery and prep progress show everywhere: every review refreshes them all.
const REFRESH = { revalidate: "/" };

export const rateCardAction = defineAction(ZRateCardInput, async (data, user) => {
  await reviewCard(user.id, data.questionId, data.rating);
}, REFRESH);

/**
 * Takes back the last rating made on this page today (the account's day, as the page's undo
 * button and Ctrl/⌘+Z offer it); returns the question it was for.
 */
export const undoRatingAction = defineAction(
  ZNoInput,
  async (_none, user) => (await undoLastRating(user.id, startOfDayIn(new Date(), user.timeZone))).questionId,
  REFRESH,
);
