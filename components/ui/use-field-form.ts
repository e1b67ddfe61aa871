"use client";

// Forms whose fields show their own errors under them and any other error above the form.
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";

import type { TActionResult } from "@/lib/errors";

type TErrors<K extends string> = Partial<Record<K | "form", string>>;

/**
 * A form's errors (each field's, and `form` for the rest) and its pending state. `names` maps each
 * field to the name of its form control; `field(key)` is what that field's input takes: its name,
 * its error, and disabled while the form is busy.
 */
export function useFormFields<K extends string>(names: Record<K, string>, initial: TErrors<K> = {}) {
  const [errors, setErrors] = useState<TErrors<K>>(initial);
  const [pending, startTransition] = useTransition();
  const toFocus = useRef<HTMLInputElement | null>(null);
  const keys = Object.keys(names) as K[];

  // The first invalid field takes the focus once the form is enabled again (a disabled input cannot).
  useEffect(() => {
    if (pending) return;
    toFocus.current?.focus();
    toFocus.current = null;
  }, [pending]);

  const field = (key: K) => ({ name: names[key], error: errors[key], disabled: pending });

  /** The value of each field's control in `form`. */
  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return Object.fromEntries(keys.map((key) => [key, String(data.get(names[key]) ?? "")])) as Record<K, string>;
  };

  /** Shows a failed action's first error under each field it names (the first of them focused), or its message above the form. */
  const fail = (form: HTMLFormElement, result: Extract<TActionResult<unknown>, { ok: false }>) => {
    const next: TErrors<K> = {};
    for (const key of keys) next[key] = result.fieldErrors?.[key]?.[0];
    const firstInvalid = keys.find((key) => next[key] !== undefined);
    if (firstInvalid === undefined) next.form = result.message;
    else toFocus.current = form.querySelector<HTMLInputElement>(`[name="${names[firstInvalid]}"]`);
    setErrors(next);
  };

  return { errors, setErrors, pending, startTransition, field, read, fail };
}

/** A form that sends its fields to `action`; on success the form is cleared and `done` says so. */
export function useFieldForm<K extends string>(
  fields: Record<K, string>,
  action: (input: Record<K, string>) => Promise<TActionResult<unknown>>,
) {
  const { errors, setErrors, pending, startTransition, field, read, fail } = useFormFields(fields);
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = read(form);
    setDone(false);
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) return fail(form, result);
      form.reset();
      setErrors({});
      setDone(true);
    });
  }

  return { errors, done, pending, field, onSubmit };
}
