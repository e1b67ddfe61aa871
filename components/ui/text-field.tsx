"use client";

import type { ComponentProps } from "react";

import { FormDescription, FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type TTextFieldProps = ComponentProps<"input"> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
};

/** Label, input, hint and inline error, wired together with aria-invalid and aria-describedby. */
export function TextField({ id, label, error, hint, ...props }: TTextFieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      <FormMessage id={`${id}-error`} messages={error} />
      {hint && !error ? <FormDescription id={`${id}-hint`}>{hint}</FormDescription> : null}
    </div>
  );
}
