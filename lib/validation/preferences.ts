import { z } from "zod";

import { LOCALES } from "@/lib/i18n/config";
import { THEMES } from "@/lib/theme";

export const ZLocale = z.enum(LOCALES, { message: "errors.VALIDATION" });
export const ZTheme = z.enum(THEMES, { message: "errors.VALIDATION" });

/**
 * What a user's preferences object (User.preferences) keeps under `key`, parsed by `schema`, or
 * `fallback` when nothing, or nothing valid, is kept there.
 */
export function storedPreference<T>(preferences: unknown, key: string, schema: z.ZodType<T, unknown>, fallback: T): T {
  const stored = typeof preferences === "object" && preferences !== null ? (preferences as Record<string, unknown>)[key] : undefined;
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}
