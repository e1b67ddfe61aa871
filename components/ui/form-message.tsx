import { CircleAlert } from "lucide-react";
import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

type TFormMessageProps = ComponentProps<"p"> & { messages?: string[] | string | null };

/**
 * An inline error under a field (give it an id and point the input's aria-describedby at it),
 * or, with role="alert", a form-level error. Renders nothing without a message.
 */
export function FormMessage({ messages, className, children, ...props }: TFormMessageProps) {
  const list = Array.isArray(messages) ? messages : messages ? [messages] : [];
  const body = children ?? list[0];
  if (!body) return null;
  return (
    <p data-slot="form-message" className={cn("flex items-start gap-1.5 text-sm text-destructive", className)} {...props}>
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{body}</span>
    </p>
  );
}

/** Quieter helper text under a field. */
export function FormDescription({ className, ...props }: ComponentProps<"p">) {
  return <p data-slot="form-description" className={cn("text-xs text-muted-foreground", className)} {...props} />;
}

/**
 * A form's own notices over its fields: an error not about one field (role="alert"), and once it
 * has saved, `status` saying so (role="status").
 */
export function FormNotice({ error, status }: { error?: string; status?: string | false }) {
  return (
    <>
      <FormMessage role="alert" messages={error} className="rounded-md bg-destructive/10 px-3 py-2" />
      {status ? (
        <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
          {status}
        </p>
      ) : null}
    </>
  );
}
