"use client";

import { useState, useTransition } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useSignOut } from "@/components/shell/sign-out";
import { useTranslations } from "next-intl";

import { signOutEverywhereAction } from "../actions";

/** Ends every session of the account after a confirmation, then signs this device out too. */
export function SignOutEverywhere() {
  const t = useTranslations();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const signOut = useSignOut();

  function confirm() {
    startTransition(async () => {
      const result = await signOutEverywhereAction();
      if (!result.ok) return void setError(result.message);
      await signOut();
    });
  }

  return (
    <div className="grid gap-3">
      <FormMessage role="alert" messages={error} />
      <ConfirmDialog
        trigger={
          <Button variant="outline" className="justify-self-start" pending={pending}>
            {t("settings.signOutEverywhere")}
          </Button>
        }
        title={t("settings.signOutEverywhere")}
        description={t("settings.signOutEverywhereDescription")}
        confirm={t("settings.signOutEverywhereConfirm")}
        onConfirm={confirm}
      />
    </div>
  );
}
