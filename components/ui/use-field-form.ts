"use client";

// A form whose server action answers with field errors: each shows under its field, any other
// error above the form; on success the form is cleared and `done` says so.
import { useState, useTransition, type FormEvent } from "react";

import type { TActionResult } from "@/lib/errors";

type TErrors<K extends string> = Partial<Record<K | "form", string>>;

/** `fields` maps each input of `action` to the name of its form control. */
export function useFieldForm<K extends string>(
  fields: Record<K, string>,
  action: (input: Record<K, string>) => Promise<TActionResult<unknown>>,
) {
  const [errors, setErrors] = useState<TErrors<K>>({});
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const keys = Object.keys(fields) as K[];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = Object.fromEntries(keys.map((key) => [key, String(data.get(fields[key]) ?? "")])) as Record<K, string>;
    setDone(false);
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        form.reset();
        setErrors({});
        setDone(true);
        return;
      }
      const next: TErrors<K> = {};
      for (const key of keys) next[key] = result.fieldErrors?.[key]?.[0];
      if (keys.every((key) => next[key] === undefined)) next.form = result.message;
      setErrors(next);
    });
  }

  return { errors, done, pending, onSubmit };
}
