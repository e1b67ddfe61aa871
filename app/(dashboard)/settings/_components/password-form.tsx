"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { useFieldForm } from "@/components/ui/use-field-form";
import { useTranslations } from "next-intl";

import { changePasswordAction } from "../actions";

/** Current + new password; on success this device stays signed in and the others are signed out. */
export function PasswordForm() {
  const t = useTranslations();
  const { errors, done, pending, onSubmit } = useFieldForm({ currentPassword: "currentPassword", newPassword: "newPassword" }, changePasswordAction);

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-sm gap-4" aria-busy={pending}>
      <FormMessage role="alert" messages={errors.form} className="rounded-md bg-destructive/10 px-3 py-2" />
      {done ? (
        <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
          {t("settings.passwordChanged")}
        </p>
      ) : null}
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("settings.currentPassword")}
        error={errors.currentPassword}
        disabled={pending}
        required
      />
      <TextField
        id="new-password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("settings.newPassword")}
        hint={t("auth.passwordHint")}
        error={errors.newPassword}
        disabled={pending}
        required
      />
      <Button type="submit" className="justify-self-start" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t("settings.changingPassword") : t("settings.changePassword")}
      </Button>
    </form>
  );
}
