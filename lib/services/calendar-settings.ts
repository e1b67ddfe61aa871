// The user's calendar settings (stage lengths, clash buffer), kept under the `calendar` key of
// User.preferences. Writing the user row bumps its data version, so cached reads and the feed's
// ETag follow a change at once.
import "server-only";

import { DEFAULT_CALENDAR_SETTINGS, type TCalendarSettings } from "@/lib/calendar/settings";
import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import { mergeUserPreferences } from "@/lib/services/users";
import { ZCalendarSettings } from "@/lib/validation/calendar";

const PREFERENCES_KEY = "calendar";

/** The settings held in a preferences object, or the defaults where none (or none valid) are. */
export function calendarSettingsOf(preferences: unknown): TCalendarSettings {
  const stored = typeof preferences === "object" && preferences !== null ? (preferences as Record<string, unknown>)[PREFERENCES_KEY] : undefined;
  const parsed = ZCalendarSettings.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_CALENDAR_SETTINGS;
}

export async function getCalendarSettings(userId: string): Promise<TCalendarSettings> {
  assertUserId(userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { preferences: true } });
  return calendarSettingsOf(user?.preferences);
}

export async function saveCalendarSettings(userId: string, settings: TCalendarSettings): Promise<TCalendarSettings> {
  await mergeUserPreferences(userId, { [PREFERENCES_KEY]: settings });
  return settings;
}
