"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage, FormNotice } from "@/components/ui/form-message";
import { LinkButton } from "@/components/ui/link-button";
import { useFormFields } from "@/components/ui/use-field-form";
import { useTranslations } from "next-intl";

import { EmailField, NameField, PasswordField } from "@/components/ui/credential-fields";
import { registerAction } from "../actions";

/** Registration validated on the server (one set of rules); then signs in and opens the dashboard. */
export function RegisterForm() {
  const t = useTranslations();
  const router = useRouter();
  const { errors, setErrors, pending, startTransition, field, read, fail } = useFormFields({ name: "name", email: "email", password: "password" });
  const [signInFailed, setSignInFailed] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = read(form);
    // The browser's zone, so dates show as this person's clock shows them; the server checks it.
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    startTransition(async () => {
      const result = await registerAction({ ...input, timeZone });
      if (!result.ok) return fail(form, result);
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
        <LinkButton href="/login" className="w-full">
          {t("auth.goLogin")}
        </LinkButton>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-busy={pending}>
      <FormNotice error={errors.form} />
      <NameField id="register-name" {...field("name")} label={t("auth.name")} placeholder={t("auth.namePlaceholder")} />
      <EmailField id="register-email" {...field("email")} autoComplete="email" label={t("auth.email")} placeholder={t("auth.emailPlaceholder")} />
      <PasswordField id="register-password" {...field("password")} autoComplete="new-password" label={t("auth.password")} hint={t("auth.passwordHint")} />
      <Button type="submit" className="mt-1 w-full" pending={pending}>
        {pending ? t("auth.registering") : t("auth.register")}
      </Button>
    </form>
  );
}
