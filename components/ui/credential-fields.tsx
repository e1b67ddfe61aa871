"use client";

import type { ComponentProps } from "react";

import { TextField } from "@/components/ui/text-field";

type TFieldProps = Omit<ComponentProps<typeof TextField>, "type" | "inputMode">;

/** The name an account goes by (a nickname of at most 50 characters). */
export function NameField(props: TFieldProps) {
  return <TextField autoComplete="nickname" maxLength={50} required {...props} />;
}

/** An email address field: the phone's email keyboard, no capitalisation or spell check. */
export function EmailField(props: TFieldProps) {
  return <TextField type="email" inputMode="email" autoCapitalize="none" spellCheck={false} required {...props} />;
}

/** A password field; `autoComplete` says whether password managers fill in or suggest one. */
export function PasswordField(props: TFieldProps & { autoComplete: "current-password" | "new-password" }) {
  return <TextField type="password" required {...props} />;
}
