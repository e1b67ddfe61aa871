"use client";

import { useState } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/errors";
import { useTranslations } from "next-intl";

// What the webhook and email cards share: an action's outcome shown under the form (an error, or
// what was done), the "send a test" answer, and how the channel's last delivery went.

type TTestResult = TActionResult<{ sent: boolean; error?: string }>;

export function useChannelForm() {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  /** Runs a channel action; when it succeeds, says `message` (if any) and calls `onDone`. */
  function submit<T>(action: () => Promise<TActionResult<T>>, message?: string, onDone?: () => void) {
    setStatus(undefined);
    run(action, {
      onError: setError,
      onDone: () => {
        setError(undefined);
        setStatus(message);
        onDone?.();
      },
    });
  }

  /** Sends a test message: `sentMessage` when it was taken, else why not. */
  function sendTest(action: () => Promise<TTestResult>, sentMessage: string) {
    setStatus(undefined);
    run(action, {
      onError: setError,
      onDone: ({ data }) => {
        if (!data.sent) return setError(t("reminders.sendFailed", { error: data.error ?? "" }));
        setError(undefined);
        setStatus(sentMessage);
      },
    });
  }

  return { pending, error, status, submit, sendTest };
}

type TOutcomeProps = { error?: string; status?: string; last: { lastSentAt: Date | null; lastError: string | null; lastErrorAt: Date | null } | null };

export function ChannelOutcome({ error, status, last }: TOutcomeProps) {
  const t = useTranslations();
  return (
    <>
      <FormMessage role="alert" messages={error} />
      {status ? (
        <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
          {status}
        </p>
      ) : null}
      {last?.lastSentAt ? <p className="text-sm text-muted-foreground">{t("reminders.lastSent", { at: last.lastSentAt })}</p> : null}
      {last?.lastError && last.lastErrorAt ? <p className="text-sm text-destructive">{t("reminders.lastError", { at: last.lastErrorAt, error: last.lastError })}</p> : null}
    </>
  );
}
