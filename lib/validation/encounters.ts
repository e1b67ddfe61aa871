import { z } from "zod";

import { ZLabel } from "@/lib/validation/applications";
import { ZId } from "@/lib/validation/id";
import { ZQuestionTitle } from "@/lib/validation/questions";

// The questions asked at an interview: logged, undone, deleted, merged, exported. Messages are
// i18n keys (lib/validation/issues).

/** Questions logged at once: more than an interview asks. */
const MAX_ASKED_ITEMS = 60;

const ZAnsweredWell = z.boolean({ message: "errors.VALIDATION" });

const ZAskedItem = z.union([
  z.strictObject({ questionId: ZId, answeredWell: ZAnsweredWell }),
  z.strictObject({ title: ZQuestionTitle, answeredWell: ZAnsweredWell }),
]);

/** A day as a date input gives it (`2026-04-01`), read in the user's time zone. */
const ZLocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, "encounters.validation.dateInvalid")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "encounters.validation.dateInvalid");

export const ZRecordEncountersInput = z.strictObject({
  companyId: ZId,
  /** The interview step it happened at: its time is the encounters' time. */
  eventId: ZId.nullable(),
  round: ZLabel,
  /** Without a step: the day it happened. */
  day: ZLocalDate.nullable(),
  /** Where typed questions go; null = the 面经 set, made if missing. */
  setId: ZId.nullable(),
  items: z.array(ZAskedItem).min(1, "encounters.validation.itemsRequired").max(MAX_ASKED_ITEMS, "encounters.validation.tooManyItems"),
});
export type TRecordEncountersInput = z.output<typeof ZRecordEncountersInput>;

/** Undo of one logging: its encounters, and the questions it typed in (removed if nothing else uses them). */
export const ZUndoEncountersInput = z.strictObject({
  encounterIds: z.array(ZId).min(1).max(MAX_ASKED_ITEMS),
  questionIds: z.array(ZId).max(MAX_ASKED_ITEMS),
});

export const ZEncounterIdInput = z.strictObject({ encounterId: ZId });

/** Two copies of one question: `keepId` stays, `dropId`'s encounters and progress move to it and it goes. */
export const ZMergeQuestionsInput = z
  .strictObject({ keepId: ZId, dropId: ZId })
  .refine((input) => input.keepId !== input.dropId, { message: "encounters.validation.mergeSame", path: ["dropId"] });

/** The search box of the logging page. */
export const ZAskedSearchInput = z.strictObject({ q: z.string().trim().min(1).max(100) });

/** The Anki export: one set, or the whole bank; media=1 adds the images, in a zip. */
export const ZAnkiExportQuery = z.object({ set: ZId.optional(), media: z.enum(["1"]).optional() });
