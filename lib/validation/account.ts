import { z } from "zod";

import { canonicalTimeZone } from "@/lib/dates/zone";

import { ZCurrentPassword, ZDisplayName, ZEmail } from "./auth";

// The person's own settings: time zone, name, email and deleting the account. Messages are i18n keys.

/** An IANA zone the runtime knows, in its canonical spelling (`us/pacific` → `America/Los_Angeles`). */
export const ZTimeZone = z.unknown().transform((value, context) => {
  const zone = canonicalTimeZone(value);
  if (zone) return zone;
  context.addIssue({ code: "custom", message: "validation.timeZoneUnknown" });
  return z.NEVER;
});

export const ZTimeZoneInput = z.object({ timeZone: ZTimeZone });

export const ZNameInput = z.object({ name: ZDisplayName });

export const ZChangeEmailInput = z.object({ email: ZEmail, currentPassword: ZCurrentPassword });
export type TChangeEmailInput = z.infer<typeof ZChangeEmailInput>;

/** The password typed again to confirm, kept as typed. */
export const ZDeleteAccountInput = z.object({
  confirmation: z.string({ message: "validation.deleteConfirmationRequired" }).min(1, "validation.deleteConfirmationRequired").max(254, "validation.deleteConfirmationWrong"),
});
