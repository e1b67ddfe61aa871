import { z } from "zod";

import type { TMessageKey } from "@/lib/i18n/types";

// Messages are i18n keys; forms translate them.
export const ZEmail = z
  .string({ message: "validation.emailInvalid" })
  .trim()
  .toLowerCase()
  .max(254, "validation.emailInvalid")
  .pipe(z.email("validation.emailInvalid"));

export const ZPassword = z
  .string({ message: "validation.passwordTooShort" })
  .min(8, "validation.passwordTooShort")
  .max(128, "validation.passwordTooLong")
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "validation.passwordWeak");

export const ZDisplayName = z
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
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string({ message: "validation.passwordRequired" }).min(1, "validation.passwordRequired").max(128, "validation.passwordTooLong"),
    newPassword: ZPassword,
  })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** Field → first message key, for forms (the schemas' messages are dictionary keys). */
export function fieldErrorsOf(error: z.ZodError): Record<string, TMessageKey[]> {
  const out: Record<string, TMessageKey[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message as TMessageKey);
  }
  return out;
}
