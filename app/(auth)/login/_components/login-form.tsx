"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormNotice } from "@/components/ui/form-message";
import { useFormFields } from "@/components/ui/use-field-form";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import { useTranslations } from "next-intl";

import { EmailField, PasswordField } from "@/components/ui/credential-fields";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email + password sign-in through next-auth, then on to the (already sanitized) callbackUrl. */
export function LoginForm({ callbackUrl, expired, error }: { callbackUrl: string; expired: boolean; error?: string }) {
  const t = useTranslations();
  const router = useRouter();
  // A sign-in posted without JavaScript comes back as /login?error=CODE.
  const { errors, setErrors, pending, startTransition, field, read } = useFormFields(
    { email: "email", password: "password" },
    error ? { form: signInErrorMessage(t, error) } : {},
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = read(form);
    const email = input.email.trim();
    const password = input.password;
    const found: typeof errors = {};
    if (!EMAIL_SHAPE.test(email)) found.email = t("validation.emailInvalid");
    if (password.length === 0) found.password = t("validation.passwordRequired");
    setErrors(found);
    if (found.email || found.password) {
      form.querySelector<HTMLInputElement>(found.email ? "#login-email" : "#login-password")?.focus();
      return;
    }
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result?.ok || result.error) {
        setErrors({ form: signInErrorMessage(t, result?.error) });
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-busy={pending}>
      {expired && !errors.form ? (
        <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground">
          {t("auth.sessionExpired")}
        </p>
      ) : null}
      <FormNotice error={errors.form} />
      <EmailField id="login-email" {...field("email")} autoComplete="username" label={t("auth.email")} placeholder={t("auth.emailPlaceholder")} />
      <PasswordField id="login-password" {...field("password")} autoComplete="current-password" label={t("auth.password")} />
      <Button type="submit" className="mt-1 w-full" pending={pending}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
