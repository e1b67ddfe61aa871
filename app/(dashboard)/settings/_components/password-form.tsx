"use client";

import { Button } from "@/components/ui/button";
import { FormNotice } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/credential-fields";
import { useFieldForm } from "@/components/ui/use-field-form";
import { useTranslations } from "next-intl";

import { changePasswordAction } from "../actions";

/** Current + new password; on success this device stays signed in and the others are signed out. */
export function PasswordForm() {
  const t = useTranslations();
  const { errors, done, pending, field, onSubmit } = useFieldForm({ currentPassword: "currentPassword", newPassword: "newPassword" }, changePasswordAction);

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-sm gap-4" aria-busy={pending}>
      <FormNotice error={errors.form} status={done && t("settings.passwordChanged")} />
      <PasswordField id="current-password" {...field("currentPassword")} autoComplete="current-password" label={t("settings.currentPassword")} />
      <PasswordField id="new-password" {...field("newPassword")} autoComplete="new-password" label={t("settings.newPassword")} hint={t("auth.passwordHint")} />
      <Button type="submit" className="justify-self-start" pending={pending}>
        {pending ? t("settings.changingPassword") : t("settings.changePassword")}
      </Button>
    </form>
  );
}
