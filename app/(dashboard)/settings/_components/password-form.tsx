"use client";

import { useState, useTransition, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

import { changePasswordAction } from "../actions";

type TErrors = { currentPassword?: string; newPassword?: string; form?: string };

/** Current + new password; on success this device stays signed in and the others are signed out. */
export function PasswordForm() {
  const t = useTranslations();
  const [errors, setErrors] = useState<TErrors>({});
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") };
    setDone(false);
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (result.ok) {
        form.reset();
        setErrors({});
        setDone(true);
        return;
      }
      const fields = result.fieldErrors ?? {};
      setErrors({
        currentPassword: fields.currentPassword?.[0],
        newPassword: fields.newPassword?.[0],
        form: fields.currentPassword || fields.newPassword ? undefined : result.message,
      });
    });
  }

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
