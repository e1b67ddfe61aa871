"use client";

import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { NameField } from "@/components/ui/credential-fields";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";

import { renameAction } from "../actions";

/** The name the app greets and labels the account with. */
export function NameForm({ name }: { name: string }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    run(() => renameAction({ name: value }), {
      onError: setError,
      onDone: () => {
        setError(undefined);
        setSaved(true);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-sm gap-3" aria-busy={pending}>
      <NameField
        id="profile-name"
        name="name"
        label={t("settings.name")}
        value={value}
        error={error}
        disabled={pending}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" pending={pending} disabled={value.trim() === name}>
          {pending ? t("settings.saving") : t("settings.saveName")}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-muted-foreground">
            {t("settings.profileSaved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
