"use client";

import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

import { confirmReminderEmailAction, removeReminderEmailAction, saveReminderEmailAction, sendTestMailAction } from "../actions";
import { ChannelOutcome, useChannelForm } from "./reminder-channel-form";

type TSetting = { address: string | null; confirmed: boolean; lastSentAt: Date | null; lastError: string | null; lastErrorAt: Date | null };
type TChoice = "off" | "account" | "other";

/** Mail reminders: off, to the account's address, or to another one confirmed by the code of a test mail. */
export function ReminderEmail({ available, accountEmail, setting }: { available: boolean; accountEmail: string; setting: TSetting | null }) {
  const t = useTranslations();
  const { pending, error, status, submit, sendTest } = useChannelForm();
  const [choice, setChoice] = useState<TChoice>(setting ? (setting.address === null ? "account" : "other") : "off");
  const [address, setAddress] = useState(setting?.address ?? "");
  const [code, setCode] = useState("");

  if (!available) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="reminder-email-unavailable">
        {t("reminders.email.unavailable")}
      </p>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = t("reminders.email.saved");
    if (choice === "off") submit(() => removeReminderEmailAction(), saved);
    else submit(() => saveReminderEmailAction({ address: choice === "account" ? null : address.trim() }), saved);
  }

  const choices: [TChoice, string][] = [["off", t("reminders.email.off")], ["account", t("reminders.email.account", { email: accountEmail })], ["other", t("reminders.email.other")]];
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4" aria-busy={pending} data-testid="reminder-email">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t("reminders.email.title")}</legend>
        {choices.map(([value, text]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="reminder-email" value={value} checked={choice === value} disabled={pending} onChange={() => setChoice(value)} />
            <span className="min-w-0 break-all">{text}</span>
          </label>
        ))}
      </fieldset>
      {choice === "other" ? (
        <TextField id="reminder-email-address" type="email" autoComplete="email" maxLength={254} label={t("reminders.email.address")} value={address} disabled={pending} onChange={(event) => setAddress(event.target.value)} />
      ) : null}
      {setting && !setting.confirmed ? (
        <div className="grid gap-2">
          <p className="text-sm text-muted-foreground">{t("reminders.email.unconfirmed")}</p>
          <div className="flex items-end gap-2">
            <TextField id="reminder-email-code" autoComplete="one-time-code" maxLength={32} label={t("reminders.email.code")} value={code} disabled={pending} onChange={(event) => setCode(event.target.value)} />
            <Button type="button" variant="outline" disabled={pending || code.trim() === ""} onClick={() => submit(() => confirmReminderEmailAction({ code }), t("reminders.email.confirmed"))}>
              {t("reminders.email.confirm")}
            </Button>
          </div>
        </div>
      ) : null}
      <ChannelOutcome error={error} status={status} last={setting} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} disabled={choice === "other" && address.trim() === ""}>
          {t("reminders.email.save")}
        </Button>
        <Button type="button" variant="outline" disabled={pending || !setting} onClick={() => sendTest(() => sendTestMailAction(), t("reminders.email.testSent"))}>
          {t("reminders.email.sendTest")}
        </Button>
      </div>
    </form>
  );
}
