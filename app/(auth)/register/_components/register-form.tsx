"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useTranslations } from "next-intl";

import { EmailField, PasswordField } from "@/components/ui/credential-fields";
import { TextField } from "@/components/ui/text-field";
import { registerAction } from "../actions";

type TField = "name" | "email" | "password";
type TErrors = Partial<Record<TField | "form", string>>;

const FIELDS: readonly TField[] = ["name", "email", "password"];

/** Registration validated on the server (one set of rules); then signs in and opens the dashboard. */
export function RegisterForm() {
  const t = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<TErrors>({});
  const [signInFailed, setSignInFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { name: String(data.get("name") ?? ""), email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    // The browser's zone, so dates show as this person's clock shows them; the server checks it.
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    startTransition(async () => {
      const result = await registerAction({ ...input, timeZone });
      if (!result.ok) {
        const found: TErrors = {};
        for (const field of FIELDS) found[field] = result.fieldErrors?.[field]?.[0];
        const firstInvalid = FIELDS.find((field) => found[field]);
        if (!firstInvalid) found.form = result.message;
        setErrors(found);
        if (firstInvalid) form.querySelector<HTMLInputElement>(`#register-${firstInvalid}`)?.focus();
        return;
      }
      setErrors({});
      const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        setSignInFailed(true);
        return;
      }
      router.replace("/dashboard");
      router.refresh();
    });
  }

  if (signInFailed) {
    return (
      <div className="grid gap-4">
        <FormMessage role="alert" messages={t("auth.autoSignInFailed")} />
        <Button asChild className="w-full">
          <Link href="/login">{t("auth.goLogin")}</Link>
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-busy={pending}>
      <FormMessage role="alert" messages={errors.form} className="rounded-md bg-destructive/10 px-3 py-2" />
      <TextField
        id="register-name"
        name="name"
        autoComplete="nickname"
        maxLength={50}
        label={t("auth.name")}
        placeholder={t("auth.namePlaceholder")}
        error={errors.name}
        disabled={pending}
        required
      />
      <EmailField
        id="register-email"
        name="email"
        autoComplete="email"
        label={t("auth.email")}
        placeholder={t("auth.emailPlaceholder")}
        error={errors.email}
        disabled={pending}
      />
      <PasswordField
        id="register-password"
        name="password"
        autoComplete="new-password"
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        error={errors.password}
        disabled={pending}
      />
      <Button type="submit" className="mt-1 w-full" pending={pending}>
        {pending ? t("auth.registering") : t("auth.register")}
      </Button>
    </form>
  );
}
