import { z } from "zod";

import { BUFFER_RANGE, DEFAULT_CALENDAR_SETTINGS, LENGTH_RANGE, type TCalendarSettings } from "@/lib/calendar/settings";
import { storedPreference } from "@/lib/validation/preferences";

// The calendar settings form, and the same shape as kept in User.preferences and in backups.
// Messages are i18n keys.

const ZLength = z
  .number({ message: "calendar.settings.lengthRange" })
  .int("calendar.settings.lengthRange")
  .min(LENGTH_RANGE.min, "calendar.settings.lengthRange")
  .max(LENGTH_RANGE.max, "calendar.settings.lengthRange");

export const ZCalendarSettings = z.strictObject({
  lengths: z.strictObject({ ASSESSMENT: ZLength, WRITTEN_TEST: ZLength, INTERVIEW: ZLength }),
  bufferMinutes: z
    .number({ message: "calendar.settings.bufferRange" })
    .int("calendar.settings.bufferRange")
    .min(BUFFER_RANGE.min, "calendar.settings.bufferRange")
    .max(BUFFER_RANGE.max, "calendar.settings.bufferRange"),
});

/** The calendar settings kept in a user's preferences, or the defaults when none (or none valid) are. */
export function calendarSettingsOf(preferences: unknown): TCalendarSettings {
  return storedPreference(preferences, "calendar", ZCalendarSettings, DEFAULT_CALENDAR_SETTINGS);
}
