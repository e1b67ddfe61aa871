import { z } from "zod";

import { canonicalTimeZone } from "@/lib/dates/zone";

// Messages are i18n keys; forms translate them.
export const ZEmail = z
  .string({ message: "validation.emailInvalid" })
  .trim()
  .toLowerCase()
  .max(254, "validation.emailInvalid")
  .pipe(z.email("validation.emailInvalid"));

const ZPassword = z
  .string({ message: "validation.passwordTooShort" })
  .min(8, "validation.passwordTooShort")
  .max(128, "validation.passwordTooLong")
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "validation.passwordWeak");

export const ZDisplayName = z
  .string({ message: "validation.nameRequired" })
  .trim()
  .min(1, "validation.nameRequired")
  .max(50, "validation.nameTooLong");

/** The browser's zone, sent with the sign-up form: one the runtime does not know leaves the default. */
const ZSignUpTimeZone = z.unknown().transform((value) => canonicalTimeZone(value) ?? undefined).optional();

export const ZRegisterInput = z.object({ email: ZEmail, password: ZPassword, name: ZDisplayName, timeZone: ZSignUpTimeZone });
export type TRegisterInput = z.infer<typeof ZRegisterInput>;

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "validation.passwordRequired").max(128, "validation.passwordTooLong"),
});

export const ZCurrentPassword = z.string({ message: "validation.passwordRequired" }).min(1, "validation.passwordRequired").max(128, "validation.passwordTooLong");

export const ZChangePasswordInput = z
  .object({
    currentPassword: ZCurrentPassword,
    newPassword: ZPassword,
  })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
