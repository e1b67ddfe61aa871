// Review writes: a rating updates the question's card and logs the card as it was, in the
// caller's transaction (the review page, the bank's manual mastery, an interview's encounters);
// the last rating can be undone exactly from its log. Every statement is scoped by userId.
import "server-only";

import { transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { ReviewSource } from "@/lib/generated/prisma/enums";
import { applyRating, cardBefore, prevColumnsOf, type TLoggedRating } from "@/lib/review/history";
import { isUnreviewed, newCard, type TCard } from "@/lib/review/scheduler";
import { reviewParametersOf, type TReviewParameters } from "@/lib/validation/review";

/** A card's columns, as TCard holds them. */
export const CARD_SELECT = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/** The user's FSRS parameters (User.preferences.review) as `client` sees them, the defaults where unset. */
async function readReviewParameters(client: Pick<TTx, "$queryRaw">, userId: string): Promise<TReviewParameters> {
  const rows = await client.$queryRaw<{ preferences: unknown }[]>`SELECT preferences FROM "User" WHERE id = ${userId}`;
  return reviewParametersOf(rows[0]?.preferences);
}

/**
 * Rates the user's question at `now` inside `tx`: writes the new card and a log row holding the
 * card before. Another user's question, or a missing one, is NOT_FOUND; a placeholder (no answer
 * yet) is not a card.
 */
export async function rateCard(tx: TTx, userId: string, questionId: string, rating: TLoggedRating, now: Date, source: ReviewSource): Promise<TCard> {
  assertUserId(userId);
  const question = await tx.question.findFirst({ where: { id: questionId, userId }, select: { placeholder: true } });
  if (!question) throw new AppError("NOT_FOUND");
  if (question.placeholder) throw new AppError("VALIDATION", "review.errors.placeholder");
  const [params, stored] = await Promise.all([
    readReviewParameters(tx, userId),
    tx.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } }, select: CARD_SELECT }),
  ]);
  const before = stored ?? newCard(now);
  const after = applyRating(before, questionId, { rating, source, reviewedAt: now }, params);
  await tx.reviewLog.create({
    data: {
      userId,
      questionId,
      rating,
      source,
      reviewedAt: now,
      ...prevColumnsOf(before),
    },
  });
  await tx.reviewCard.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...after },
    update: after,
  });
  return after;
}

/**
 * Takes back the user's last rating on the review page (with `since`, only one made from then
 * on): the card becomes exactly what its log says it was (a first rating's card goes away), and
 * the log row goes. Nothing to undo is NOT_FOUND; a rating followed by another of the same card
 * (say, from an interview) is not taken back.
 */
export async function undoLastRating(userId: string, since?: Date): Promise<{ questionId: string }> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { userId, source: ReviewSource.REVIEW, ...(since ? { reviewedAt: { gte: since } } : {}) },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    });
    if (!log) throw new AppError("NOT_FOUND", "review.errors.nothingToUndo");
    if (!(await takeBack(tx, userId, log))) throw new AppError("CONFLICT", "review.errors.undoStale");
    return { questionId: log.questionId };
  });
}

type TLog = NonNullable<Awaited<ReturnType<TTx["reviewLog"]["findFirst"]>>>;

/** Restores the card from `log` and drops it, unless the card was rated again since (then false). */
async function takeBack(tx: TTx, userId: string, log: TLog): Promise<boolean> {
  const later = await tx.reviewLog.count({ where: { userId, questionId: log.questionId, id: { not: log.id }, reviewedAt: { gte: log.reviewedAt } } });
  if (later > 0) return false;
  const before = cardBefore(log);
  const key = { userId_questionId: { userId, questionId: log.questionId } };
  if (isUnreviewed(before)) await tx.reviewCard.deleteMany({ where: { userId, questionId: log.questionId } });
  else await tx.reviewCard.update({ where: key, data: before });
  await tx.reviewLog.deleteMany({ where: { id: log.id, userId } });
  return true;
}

/**
 * Inside `tx`: takes back the ratings `source` made of these questions at `at` (an interview's
 * logging being undone), each only while nothing rated its card since; a later review stands.
 */
export async function takeBackRatings(tx: TTx, userId: string, questionIds: string[], source: ReviewSource, at: Date): Promise<void> {
  const logs = await tx.reviewLog.findMany({ where: { userId, source, reviewedAt: at, questionId: { in: questionIds } } });
  for (const log of logs) await takeBack(tx, userId, log);
}

/** A rating on the review page, in its own transaction. */
export async function reviewCard(userId: string, questionId: string, rating: TLoggedRating, now = new Date()): Promise<TCard> {
  assertUserId(userId);
  return transaction(userId, (tx) => rateCard(tx, userId, questionId, rating, now, ReviewSource.REVIEW));
}
