"use client";

import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { BUFFER_RANGE, LENGTH_RANGE, LENGTH_STAGES, type TCalendarSettings } from "@/lib/calendar/settings";
import { useTranslations } from "next-intl";

import { saveCalendarSettingsAction } from "../actions";

type TDraft = Record<(typeof LENGTH_STAGES)[number] | "bufferMinutes", string>;

const draftOf = (settings: TCalendarSettings): TDraft => ({
  ASSESSMENT: String(settings.lengths.ASSESSMENT),
  WRITTEN_TEST: String(settings.lengths.WRITTEN_TEST),
  INTERVIEW: String(settings.lengths.INTERVIEW),
  bufferMinutes: String(settings.bufferMinutes),
});

/** A typed number, or NaN for anything else (the server names the field's range). */
const minutes = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/**
 * How long each 测评/笔试/面试 lasts and how far apart two appointments must be: the calendar,
 * its clash checks, the company page and the subscribed feed all follow these.
 */
export function CalendarSettingsCard({ settings }: { settings: TCalendarSettings }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const set = (key: keyof TDraft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const input = {
      lengths: { ASSESSMENT: minutes(draft.ASSESSMENT), WRITTEN_TEST: minutes(draft.WRITTEN_TEST), INTERVIEW: minutes(draft.INTERVIEW) },
      bufferMinutes: minutes(draft.bufferMinutes),
    };
    run(() => saveCalendarSettingsAction(input), {
      onError: setError,
      onDone: (result) => {
        setDraft(draftOf(result.data));
        setError(undefined);
        setSaved(true);
      },
    });
  }

  const field = (key: keyof TDraft, label: string, range: { min: number; max: number }) => (
    <TextField
      id={`calendar-${key}`}
      name={key}
      type="number"
      inputMode="numeric"
      min={range.min}
      max={range.max}
      step={5}
      label={label}
      value={draft[key]}
      // Read-only, not disabled, while saving: the field keeps the keyboard's focus.
      readOnly={pending}
      onChange={set(key)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-busy={pending} data-testid="calendar-settings">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">{t("calendar.settings.lengths")}</legend>
        {LENGTH_STAGES.map((stage) => field(stage, t(`stages.stage.${stage}`), LENGTH_RANGE))}
      </fieldset>
      <div className="grid gap-3 sm:max-w-[33%]">{field("bufferMinutes", t("calendar.settings.buffer"), BUFFER_RANGE)}</div>
      <p className="text-sm text-muted-foreground">{t("calendar.settings.hint", { min: LENGTH_RANGE.min, max: LENGTH_RANGE.max, bufferMax: BUFFER_RANGE.max })}</p>
      <FormMessage role="alert" messages={error} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" pending={pending}>
          {pending ? t("settings.saving") : t("calendar.settings.save")}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-muted-foreground">
            {t("calendar.settings.saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
