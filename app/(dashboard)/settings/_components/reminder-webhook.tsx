"use client";

import { useState, type FormEvent } from "react";

import { selectClass } from "@/components/companies/company-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { WebhookPreset } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";

import { removeReminderChannelAction, saveReminderChannelAction, sendTestReminderAction } from "../actions";

type TChannel = { preset: WebhookPreset; url: string; lastSentAt: Date | null; lastError: string | null; lastErrorAt: Date | null };

/** The reminder webhook: its type (preset) and URL, a test message, and how the last send went. */
export function ReminderWebhook({ channel }: { channel: TChannel | null }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [preset, setPreset] = useState<WebhookPreset>(channel?.preset ?? "GENERIC");
  const [url, setUrl] = useState(channel?.url ?? "");
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  const done = (message: string) => () => {
    setError(undefined);
    setStatus(message);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(undefined);
    run(() => saveReminderChannelAction({ preset, url }), { onError: setError, onDone: done(t("reminders.saved")) });
  }

  function sendTest() {
    setStatus(undefined);
    run(() => sendTestReminderAction(), {
      onError: setError,
      onDone: (result) => (result.data.sent ? done(t("reminders.testSent"))() : setError(t("reminders.sendFailed", { error: result.data.error ?? "" }))),
    });
  }

  function remove() {
    setStatus(undefined);
    run(() => removeReminderChannelAction(), {
      onError: setError,
      onDone: () => {
        setUrl("");
        setError(undefined);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4" aria-busy={pending} data-testid="reminder-webhook">
      <div className="grid gap-2">
        <Label htmlFor="reminder-preset">{t("reminders.preset")}</Label>
        <select id="reminder-preset" name="preset" className={selectClass} value={preset} disabled={pending} onChange={(event) => setPreset(event.target.value as WebhookPreset)}>
          {Object.values(WebhookPreset).map((value) => (
            <option key={value} value={value}>
              {t(`reminders.presets.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField id="reminder-url" name="url" type="url" inputMode="url" autoComplete="off" maxLength={2000} label={t("reminders.url")} value={url} disabled={pending} onChange={(event) => setUrl(event.target.value)} placeholder="https://" />
      <FormMessage role="alert" messages={error} />
      {status ? (
        <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
          {status}
        </p>
      ) : null}
      {channel?.lastSentAt ? <p className="text-sm text-muted-foreground">{t("reminders.lastSent", { at: channel.lastSentAt })}</p> : null}
      {channel?.lastError && channel.lastErrorAt ? (
        <p className="text-sm text-destructive" data-testid="reminder-last-error">
          {t("reminders.lastError", { at: channel.lastErrorAt, error: channel.lastError })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || url.trim() === ""}>
          {pending ? <Spinner /> : null}
          {t("reminders.save")}
        </Button>
        <Button type="button" variant="outline" disabled={pending || !channel} onClick={sendTest}>
          {t("reminders.sendTest")}
        </Button>
        {channel ? (
          <Button type="button" variant="ghost" disabled={pending} onClick={remove}>
            {t("reminders.remove")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
