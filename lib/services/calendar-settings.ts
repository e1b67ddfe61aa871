// The user's calendar settings (stage lengths, clash buffer), kept under the `calendar` key of
// User.preferences and read with the signed-in user (calendarSettingsOf). Writing the user row
// bumps its data version, so cached reads and the feed's ETag follow a change at once.
import "server-only";

import type { TCalendarSettings } from "@/lib/calendar/settings";
import { mergeUserPreferences } from "@/lib/services/users";

export async function saveCalendarSettings(userId: string, settings: TCalendarSettings): Promise<TCalendarSettings> {
  await mergeUserPreferences(userId, { calendar: settings });
  return settings;
}
