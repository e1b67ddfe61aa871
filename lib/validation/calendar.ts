import { z } from "zod";

import { BUFFER_RANGE, LENGTH_RANGE } from "@/lib/calendar/settings";

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
