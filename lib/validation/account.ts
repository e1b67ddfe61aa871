import { z } from "zod";

import { canonicalTimeZone } from "@/lib/dates/zone";

import { ZCurrentPassword, ZDisplayName, ZEmail } from "./auth";

// The person's own settings: time zone, name, email and deleting the account. Messages are i18n keys.

export const ZTimeZoneInput = z.object({
  timeZone: z.unknown().transform((value, context) => {
    const zone = canonicalTimeZone(value);
    if (zone) return zone;
    context.addIssue({ code: "custom", message: "validation.timeZoneUnknown" });
    return z.NEVER;
  }),
});

export const ZNameInput = z.object({ name: ZDisplayName });

export const ZChangeEmailInput = z.object({ email: ZEmail, currentPassword: ZCurrentPassword });
export type TChangeEmailInput = z.infer<typeof ZChangeEmailInput>;

/** The password, or the account's email, typed again to confirm: kept as typed, as a password is. */
export const ZDeleteAccountInput = z.object({
  confirmation: z.string({ message: "validation.deleteConfirmationRequired" }).min(1, "validation.deleteConfirmationRequired").max(254, "validation.deleteConfirmationWrong"),
});
