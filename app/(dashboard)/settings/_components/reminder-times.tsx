"use client";

import { useState, type FormEvent } from "react";

import { selectClass } from "@/components/companies/company-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/ui/use-action";
import { LEAD_MINUTES, type TReminderTimes } from "@/lib/reminders/times";
import { useTranslations } from "next-intl";

import { saveReminderTimesAction } from "../actions";

const OFF = "off";

/** When reminders go out: a time the evening before and a lead time before the event, each of which can be off. */
export function ReminderTimes({ times }: { times: TReminderTimes }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [evening, setEvening] = useState(times.eveningAt !== null);
  const [eveningAt, setEveningAt] = useState(times.eveningAt ?? "20:00");
  const [lead, setLead] = useState(times.leadMinutes === null ? OFF : String(times.leadMinutes));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const input = { eveningAt: evening ? eveningAt : null, leadMinutes: lead === OFF ? null : Number(lead) };
    run(() => saveReminderTimesAction(input), {
      onError: setError,
      onDone: () => {
        setError(undefined);
        setSaved(true);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4" aria-busy={pending} data-testid="reminder-times">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t("reminders.times.evening")}</legend>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" id="reminder-evening-on" checked={evening} disabled={pending} onChange={(event) => setEvening(event.target.checked)} />
            {t("reminders.times.eveningOn")}
          </label>
          <Input
            id="reminder-evening-at"
            type="time"
            step={60}
            className="w-32"
            aria-label={t("reminders.times.eveningAt")}
            value={eveningAt}
            disabled={pending || !evening}
            onChange={(event) => setEveningAt(event.target.value)}
          />
        </div>
      </fieldset>
      <div className="grid gap-2">
        <Label htmlFor="reminder-lead">{t("reminders.times.lead")}</Label>
        <select id="reminder-lead" className={selectClass} value={lead} disabled={pending} onChange={(event) => setLead(event.target.value)}>
          <option value={OFF}>{t("reminders.times.off")}</option>
          {LEAD_MINUTES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t("reminders.times.leadChoice", { minutes })}
            </option>
          ))}
        </select>
      </div>
      <FormMessage role="alert" messages={error} />
      {saved ? (
        <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
          {t("reminders.times.saved")}
        </p>
      ) : null}
      <div>
        <Button type="submit" pending={pending}>
          {t("reminders.times.save")}
        </Button>
      </div>
    </form>
  );
}
