"use client";

import { Download } from "lucide-react";
import { useState, useTransition, type FormEvent } from "react";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/credential-fields";
import { useSignOut } from "@/components/shell/sign-out";
import { useTranslations } from "next-intl";

import { deleteAccountAction } from "../actions";

/**
 * The danger zone: the JSON backup offered first, then deleting the account after the password is
 * typed again. On success this device is signed out.
 */
export function DeleteAccount() {
  const t = useTranslations();
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const signOut = useSignOut();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmation = String(new FormData(event.currentTarget).get("confirmation") ?? "");
    startTransition(async () => {
      const result = await deleteAccountAction({ confirmation });
      if (!result.ok) {
        const field = result.fieldErrors?.confirmation?.[0];
        setError(field);
        setFormError(field ? undefined : result.message);
        return;
      }
      await signOut();
    });
  }

  return (
    <div className="grid gap-4">
      <p className="text-sm">{t("settings.exportFirst")}</p>
      <Button asChild variant="outline" className="justify-self-start">
        <a href="/api/export?format=json" download>
          <Download aria-hidden="true" />
          {t("settings.exportBackup")}
        </a>
      </Button>
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="destructive" className="justify-self-start">
            {t("settings.deleteAccount")}
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-busy={pending}>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("settings.deleteAccountTitle")}</AlertDialogTitle>
              <AlertDialogDescription>{t("settings.deleteAccountDescription")}</AlertDialogDescription>
            </AlertDialogHeader>
            <FormMessage role="alert" messages={formError} />
            <PasswordField
              id="delete-confirmation"
              name="confirmation"
              autoComplete="current-password"
              label={t("settings.deleteConfirmation")}
              error={error}
              disabled={pending}
            />
            <AlertDialogFooter>
              <AlertDialogCancel type="button" disabled={pending}>
                {t("common.cancel")}
              </AlertDialogCancel>
              <Button type="submit" variant="destructive" pending={pending}>
                {pending ? t("settings.deletingAccount") : t("settings.deleteAccountConfirm")}
              </Button>
            </AlertDialogFooter>
          </form>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
