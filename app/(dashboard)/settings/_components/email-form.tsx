"use client";

import { Button } from "@/components/ui/button";
import { FormDescription, FormNotice } from "@/components/ui/form-message";
import { EmailField, PasswordField } from "@/components/ui/credential-fields";
import { useFieldForm } from "@/components/ui/use-field-form";
import { useTranslations } from "next-intl";

import { changeEmailAction } from "../actions";

/** A new sign-in email, confirmed with the current password; a taken email shows under its field. */
export function EmailForm() {
  const t = useTranslations();
  const { errors, done, pending, field, onSubmit } = useFieldForm({ email: "email", currentPassword: "password" }, changeEmailAction);

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-sm gap-3" aria-busy={pending} aria-labelledby="change-email">
      <h3 id="change-email" className="text-sm font-medium">
        {t("settings.changeEmail")}
      </h3>
      <FormDescription>{t("settings.changeEmailHint")}</FormDescription>
      <FormNotice error={errors.form} status={done && t("settings.emailChanged")} />
      <EmailField id="profile-email" {...field("email")} autoComplete="email" label={t("settings.newEmail")} />
      <PasswordField id="profile-email-password" {...field("currentPassword")} autoComplete="current-password" label={t("settings.currentPassword")} />
      <Button type="submit" variant="outline" className="justify-self-start" pending={pending}>
        {pending ? t("settings.saving") : t("settings.changeEmail")}
      </Button>
    </form>
  );
}
