import type { z } from "zod";

import { AppError } from "@/lib/errors";
import type { TMessageKey } from "@/lib/i18n/types";

// The one way a zod failure becomes something a user reads. Schemas name their messages by
// dictionary key ("companies.validation.nameRequired"); zod's own texts ("Invalid option: expected
// one of …") are sentences with spaces, never keys, and are replaced by the generic message.
const MESSAGE_KEY = /^[a-z][A-Za-z]*(?:\.[A-Za-z_][\w]*)+$/;

/** The issue's message key, or errors.VALIDATION when zod wrote the message itself. */
function messageKeyOf(issue: z.core.$ZodIssue): TMessageKey {
  return MESSAGE_KEY.test(issue.message) ? (issue.message as TMessageKey) : "errors.VALIDATION";
}

/**
 * Parses input with its schema, once, at the boundary. A failure is AppError VALIDATION with the
 * first issue's key as its message and every field's keys in `details.fields` (toActionError
 * translates them).
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? "form")] ??= []).push(messageKeyOf(issue));
  const first = parsed.error.issues[0];
  throw new AppError("VALIDATION", first ? messageKeyOf(first) : "errors.VALIDATION", { fields });
}
