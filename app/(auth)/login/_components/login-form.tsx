"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import { useTranslations } from "next-intl";

import { EmailField, PasswordField } from "@/components/ui/credential-fields";

type TErrors = { email?: string; password?: string; form?: string };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email + password sign-in through next-auth, then on to the (already sanitized) callbackUrl. */
export function LoginForm({ callbackUrl, expired, error }: { callbackUrl: string; expired: boolean; error?: string }) {
  const t = useTranslations();
  const router = useRouter();
  // A sign-in posted without JavaScript comes back as /login?error=CODE.
  const [errors, setErrors] = useState<TErrors>(() => (error ? { form: signInErrorMessage(t, error) } : {}));
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const found: TErrors = {};
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
      <FormMessage role="alert" messages={errors.form} className="rounded-md bg-destructive/10 px-3 py-2" />
      <EmailField
        id="login-email"
        name="email"
        autoComplete="username"
        label={t("auth.email")}
        placeholder={t("auth.emailPlaceholder")}
        error={errors.email}
        disabled={pending}
      />
      <PasswordField
        id="login-password"
        name="password"
        autoComplete="current-password"
        label={t("auth.password")}
        error={errors.password}
        disabled={pending}
      />
      <Button type="submit" className="mt-1 w-full" pending={pending}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
