import { z } from "zod";

import { CardState, Mastery, ReviewSource } from "@/lib/generated/prisma/enums";
import { applyRating, MANUAL_RATING } from "@/lib/review/history";
import { newCard } from "@/lib/review/scheduler";
import type { TBackupTable } from "@/lib/validation/backup";
import { owned, ZDate, ZInt, ZOptionalDate } from "@/lib/validation/backup-fields";
import { ZId } from "@/lib/validation/id";
import { DEFAULT_REVIEW_PARAMETERS } from "@/lib/validation/review";

// The review rows of the JSON backup (cards and their history), and the table older backups
// kept mastery in, read as cards.

const ZDays = z.number().int().min(0).max(100_000);
const ZMemory = z.number().finite().min(0).max(1_000_000);
const card = {
  due: ZDate,
  stability: ZMemory,
  difficulty: ZMemory,
  elapsedDays: ZDays,
  scheduledDays: ZDays,
  reps: ZInt,
  lapses: ZInt,
  state: z.enum(CardState),
  lastReview: ZOptionalDate,
};
/** A log row's card before its rating: each of the card's columns, prefixed `prev`. */
const cardBefore = Object.fromEntries(Object.entries(card).map(([column, schema]) => [`prev${column[0]!.toUpperCase()}${column.slice(1)}`, schema])) as {
  [K in keyof typeof card as `prev${Capitalize<K>}`]: (typeof card)[K];
};
export const ZReviewCard = z.strictObject({ ...owned, questionId: ZId, ...card });
export const ZReviewLog = z.strictObject({
  ...owned,
  id: ZId,
  questionId: ZId,
  rating: z.number().int().min(0).max(4),
  source: z.enum(ReviewSource),
  reviewedAt: ZDate,
  ...cardBefore,
});

/** Tables of older backups, each read into the table that replaced it. */
export const LEGACY_BACKUP_TABLES = { questionProgress: "reviewCards" } as const satisfies Record<string, TBackupTable>;

/**
 * Mastery set by hand (before cards) is read as the card a manual mastery gives, rated when it
 * was set (or now): KNOWN and LEARNING become cards, NEW none (null), like the migration
 * mastery_from_cards did to the database.
 */
export const ZLegacyBackupRow = {
  questionProgress: z
    .strictObject({ ...owned, questionId: ZId, status: z.enum(Mastery), reviewedAt: ZOptionalDate })
    .transform(({ userId, questionId, status, reviewedAt }) => {
      if (status === Mastery.NEW) return null;
      const at = reviewedAt ?? new Date();
      const entry = { rating: MANUAL_RATING[status], source: ReviewSource.MANUAL, reviewedAt: at };
      return { userId, questionId, ...applyRating(newCard(at), questionId, entry, DEFAULT_REVIEW_PARAMETERS) };
    }),
} satisfies Record<keyof typeof LEGACY_BACKUP_TABLES, z.ZodType>;
