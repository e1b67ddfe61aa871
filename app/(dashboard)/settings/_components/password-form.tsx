"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/credential-fields";
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
      <PasswordField
        id="current-password"
        name="currentPassword"
        autoComplete="current-password"
        label={t("settings.currentPassword")}
        error={errors.currentPassword}
        disabled={pending}
      />
      <PasswordField
        id="new-password"
        name="newPassword"
        autoComplete="new-password"
        label={t("settings.newPassword")}
        hint={t("auth.passwordHint")}
        error={errors.newPassword}
        disabled={pending}
      />
      <Button type="submit" className="justify-self-start" pending={pending}>
        {pending ? t("settings.changingPassword") : t("settings.changePassword")}
      </Button>
    </form>
  );
}
