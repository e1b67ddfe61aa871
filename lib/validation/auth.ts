import { z } from "zod";

// Messages are i18n keys; forms translate them.
const ZEmail = z
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

const ZDisplayName = z
  .string({ message: "validation.nameRequired" })
  .trim()
  .min(1, "validation.nameRequired")
  .max(50, "validation.nameTooLong");

export const ZRegisterInput = z.object({ email: ZEmail, password: ZPassword, name: ZDisplayName });
export type TRegisterInput = z.infer<typeof ZRegisterInput>;

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "validation.passwordRequired").max(128, "validation.passwordTooLong"),
});

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string({ message: "validation.passwordRequired" }).min(1, "validation.passwordRequired").max(128, "validation.passwordTooLong"),
    newPassword: ZPassword,
  })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
