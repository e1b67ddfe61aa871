"use server";

// The person's own settings, through the one action path (lib/actions/define-action).
import { headers } from "next/headers";

import { defineAction, ZNoInput } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/rate-limit";
import { rotateCalendarFeed } from "@/lib/services/calendar-feed";
import { saveCalendarSettings } from "@/lib/services/calendar-settings";
import { confirmReminderEmail, removeReminderEmail, saveReminderEmail, sendTestMail } from "@/lib/services/reminder-email";
import { removeReminderChannel, retryFailedReminder, saveReminderChannel, saveReminderTimes, sendTestReminder } from "@/lib/services/reminders";
import { changeEmail, changePassword, deleteAccount, renameUser, setUserTimeZone, signOutEverywhere } from "@/lib/services/users";
import { ZChangeEmailInput, ZDeleteAccountInput, ZNameInput, ZTimeZoneInput } from "@/lib/validation/account";
import { ZChangePasswordInput } from "@/lib/validation/auth";
import { ZCalendarSettings } from "@/lib/validation/calendar";
import { ZReminderChannelInput, ZReminderEmailCode, ZReminderEmailInput, ZReminderTimes, ZRetryReminderInput } from "@/lib/validation/reminders";

async function requestIp(): Promise<string | null> {
  const requestHeaders = await headers();
  return clientIp((name) => requestHeaders.get(name));
}

/**
 * Changes the password (the current one required); every other session ends, this one stays.
 * A wrong current password shows under its field; too many guesses say when to try again.
 */
export const changePasswordAction = defineAction(ZChangePasswordInput, async (data, user) => changePassword(user, data, await requestIp()));

/** Ends every session of the user, this one included; the client then clears its cookie. */
export const signOutEverywhereAction = defineAction(ZNoInput, (_none, user) => signOutEverywhere(user.id));

/** The zone dates are shown and entered in; every page shows the same instants in the new zone. */
export const setTimeZoneAction = defineAction(ZTimeZoneInput, (data, user) => setUserTimeZone(user.id, data.timeZone), { revalidate: "/" });

export const renameAction = defineAction(ZNameInput, (data, user) => renameUser(user.id, data.name), { revalidate: "/" });

/** A new sign-in email, after the current password (limited like the password form). */
export const changeEmailAction = defineAction(ZChangeEmailInput, async (data, user) => changeEmail(user, data, await requestIp()), { revalidate: "/" });

/** Deletes the account and all its data; the client then clears its cookie. */
export const deleteAccountAction = defineAction(ZDeleteAccountInput, async (data, user) => deleteAccount(user, data.confirmation, await requestIp()));

/** Stage lengths and the clash buffer: the calendar, clashes and the feed follow them at once. */
export const saveCalendarSettingsAction = defineAction(ZCalendarSettings, (data, user) => saveCalendarSettings(user.id, data), { revalidate: "/" });

/** Makes a new calendar feed link (the old one answers 404 from now on); its token is shown once. */
export const rotateCalendarFeedAction = defineAction(ZNoInput, (_none, user) => rotateCalendarFeed(user.id));

/** The reminder webhook: saved (internal addresses refused), removed, or sent a test message. */
export const saveReminderChannelAction = defineAction(ZReminderChannelInput, (data, user) => saveReminderChannel(user.id, data), { revalidate: "/settings" });
export const removeReminderChannelAction = defineAction(ZNoInput, (_none, user) => removeReminderChannel(user.id), { revalidate: "/settings" });
export const sendTestReminderAction = defineAction(ZNoInput, (_none, user) => sendTestReminder(user.id), { revalidate: "/settings" });

/** A reminder that failed after its last retry, put back in line (another user's id is not found). */
export const retryFailedReminderAction = defineAction(ZRetryReminderInput, (data, user) => retryFailedReminder(user.id, data.id), { revalidate: "/settings" });

/** When reminders go out: the time the evening before and the lead time, each of which can be off. */
export const saveReminderTimesAction = defineAction(ZReminderTimes, (data, user) => saveReminderTimes(user.id, data), { revalidate: "/settings" });

/** Mail reminders (when the instance has SMTP): on to the account's or another address, off, a test mail, the code that confirms another address. */
export const saveReminderEmailAction = defineAction(ZReminderEmailInput, (data, user) => saveReminderEmail(user.id, data), { revalidate: "/settings" });
export const removeReminderEmailAction = defineAction(ZNoInput, (_none, user) => removeReminderEmail(user.id), { revalidate: "/settings" });
export const sendTestMailAction = defineAction(ZNoInput, (_none, user) => sendTestMail(user.id), { revalidate: "/settings" });
export const confirmReminderEmailAction = defineAction(ZReminderEmailCode, (data, user) => confirmReminderEmail(user.id, data.code), { revalidate: "/settings" });
