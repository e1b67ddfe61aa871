"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";

import {
  AlertDialog,
  AlertDialogAction,
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
import { Spinner } from "@/components/ui/spinner";
import { useTranslations } from "next-intl";

import { signOutEverywhereAction } from "../actions";

/** Ends every session of the account after a confirmation, then signs this device out too. */
export function SignOutEverywhere() {
  const t = useTranslations();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await signOutEverywhereAction();
      if (!result.ok) return void setError(result.message);
      await signOut({ callbackUrl: "/login" });
    });
  }

  return (
    <div className="grid gap-3">
      <FormMessage role="alert" messages={error} />
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="outline" className="justify-self-start" disabled={pending}>
            {pending ? <Spinner /> : null}
            {t("settings.signOutEverywhere")}
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("settings.signOutEverywhere")}</AlertDialogTitle>
            <AlertDialogDescription>{t("settings.signOutEverywhereDescription")}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={confirm}>
              {t("settings.signOutEverywhereConfirm")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
