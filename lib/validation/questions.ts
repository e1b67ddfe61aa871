import { z } from "zod";

import { Mastery } from "@/lib/generated/prisma/enums";

// Messages are i18n keys, mapped and translated in one place (lib/validation/issues).
import { ZId } from "./id";
import { MARKDOWN_MAX_DEPTH, markdownNestingDepth } from "./markdown-limits";
import { ANSWER_MAX_BYTES } from "./questions-limits";

export { ANSWER_MAX_BYTES };
const SEARCH_MIN_LENGTH = 1;
const SEARCH_MAX_LENGTH = 100;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

const ZSetTitle = z
  .string({ message: "questions.validation.setTitleRequired" })
  .trim()
  .min(1, "questions.validation.setTitleRequired")
  .max(100, "questions.validation.setTitleTooLong");

export const ZQuestionTitle = z
  .string({ message: "questions.validation.titleRequired" })
  .trim()
  .min(1, "questions.validation.titleRequired")
  .max(500, "questions.validation.titleTooLong");

/** An answer's Markdown, at most 100 KB of UTF-8 and MARKDOWN_MAX_DEPTH levels deep. */
export const ZAnswerMd = z
  .string({ message: "errors.VALIDATION" })
  .refine((text) => utf8Bytes(text) <= ANSWER_MAX_BYTES, { message: "questions.validation.answerTooLarge", abort: true })
  .refine((text) => markdownNestingDepth(text) <= MARKDOWN_MAX_DEPTH, "questions.validation.answerTooDeep");

const ZStars = z.number({ message: "errors.VALIDATION" }).int().min(0).max(3);
const ZMastery = z.enum(Mastery, { message: "errors.VALIDATION" });

export const ZCreateSetInput = z.object({ title: ZSetTitle });
export const ZRenameSetInput = z.object({ setId: ZId, title: ZSetTitle });
export const ZSetIdInput = z.object({ setId: ZId });
export const ZReorderInput = z.object({ ids: z.array(ZId).min(1).max(5000) });
export const ZReorderQuestionsInput = z.object({ setId: ZId, ids: z.array(ZId).min(1).max(5000) });

export const ZCreateQuestionInput = z.object({
  setId: ZId,
  title: ZQuestionTitle,
  answerMd: ZAnswerMd.default(""),
  stars: ZStars.default(0),
});
export const ZUpdateQuestionInput = z.object({
  questionId: ZId,
  title: ZQuestionTitle,
  answerMd: ZAnswerMd,
  version: z.number().int().min(1),
});
export const ZQuestionIdInput = z.object({ questionId: ZId });
export const ZSetStarsInput = z.object({ questionId: ZId, stars: ZStars });
export const ZSetMasteryInput = z.object({ questionId: ZId, status: ZMastery });

/** The set page's filters, from searchParams: ?star=1&placeholder=1&mastery=NEW */
export const ZSetFilter = z.object({
  star: z.enum(["1"]).optional().catch(undefined),
  placeholder: z.enum(["1", "0"]).optional().catch(undefined),
  mastery: ZMastery.optional().catch(undefined),
});

/** The set page's view: which page of the list, or the whole set in reorder mode (?order=1). */
export const ZSetView = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  order: z.enum(["1"]).optional().catch(undefined),
});

export const ZSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(SEARCH_MIN_LENGTH, "questions.validation.searchEmpty")
    .max(SEARCH_MAX_LENGTH, "questions.validation.searchTooLong"),
  page: z.coerce.number().int().min(1).max(1_000).catch(1),
});

export type TSetFilter = z.infer<typeof ZSetFilter>;
