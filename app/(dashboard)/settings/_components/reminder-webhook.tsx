"use client";

import { useState, type FormEvent } from "react";

import { selectClass } from "@/components/companies/company-fields";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { TextField } from "@/components/ui/text-field";
import { WebhookPreset } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";

import { removeReminderChannelAction, saveReminderChannelAction, sendTestReminderAction } from "../actions";
import { ChannelOutcome, useChannelForm } from "./reminder-channel-form";

type TChannel = { preset: WebhookPreset; url: string; lastSentAt: Date | null; lastError: string | null; lastErrorAt: Date | null };

/** The reminder webhook: its type (preset) and URL, a test message, and how the last send went. */
export function ReminderWebhook({ channel }: { channel: TChannel | null }) {
  const t = useTranslations();
  const { pending, error, status, submit, sendTest } = useChannelForm();
  const [preset, setPreset] = useState<WebhookPreset>(channel?.preset ?? "GENERIC");
  const [url, setUrl] = useState(channel?.url ?? "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(() => saveReminderChannelAction({ preset, url }), t("reminders.saved"));
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
      <ChannelOutcome error={error} status={status} last={channel} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} disabled={url.trim() === ""}>
          {t("reminders.save")}
        </Button>
        <Button type="button" variant="outline" disabled={pending || !channel} onClick={() => sendTest(() => sendTestReminderAction(), t("reminders.testSent"))}>
          {t("reminders.sendTest")}
        </Button>
        {channel ? (
          <Button type="button" variant="ghost" disabled={pending} onClick={() => submit(() => removeReminderChannelAction(), undefined, () => setUrl(""))}>
            {t("reminders.remove")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
