import { z } from "zod";

import { ZId } from "@/lib/validation/id";
import { MAX_NOTES_BYTES } from "@/lib/validation/import";

// The values every table of the JSON backup is made of (lib/validation/backup.ts).

export const ZInt = z.number().int().min(0).max(2_147_483_647);
export const ZVersion = z.number().int().min(1).max(2_147_483_647);
export const ZDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
export const ZOptionalDate = ZDate.nullable();
export const text = (max: number) => z.string().max(max);
/** Every row names its account; a restore writes the restoring account's id instead. */
export const owned = { userId: ZId };
/** Markdown the notes import writes (answers, set notes): at most the size of a notes file. */
export const ZMarkdown = text(MAX_NOTES_BYTES);
