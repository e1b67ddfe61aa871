"use client";

import { useState, type FormEvent } from "react";

import { selectClass } from "@/components/companies/company-fields";
import { Button } from "@/components/ui/button";
import { FormMessage, FormNotice } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import type { TZoneChoice } from "@/lib/dates/zone";
import { FORMATS } from "@/lib/i18n/formats";
import { useFormatter, useNow, useTranslations } from "next-intl";

import { setTimeZoneAction } from "../actions";

const label = ({ zone, offset }: TZoneChoice) => `(UTC${offset}) ${zone.replaceAll("_", " ")}`;
const searchText = (choice: TZoneChoice) => `${choice.zone} utc${choice.offset}`.toLowerCase().replaceAll("_", " ");

/**
 * The account's time zone: a search box narrowing a select of every zone the server knows, each
 * with its offset now, and what the clock shows in the picked zone. Saving re-renders every date.
 */
export function TimeZoneChoice({ current, choices }: { current: string; choices: TZoneChoice[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const now = useNow();
  const { pending, run } = useAction();
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState(current);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const needle = query.trim().toLowerCase().replaceAll("_", " ").replaceAll("\u2212", "-");
  const matches = needle ? choices.filter((choice) => searchText(choice).includes(needle)) : choices;
  // The picked zone stays listed, so the select never shows a value it does not hold.
  const shown = matches.some((choice) => choice.zone === selected) ? matches : [...choices.filter((choice) => choice.zone === selected), ...matches];
  const currentChoice = choices.find((choice) => choice.zone === current);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    run(() => setTimeZoneAction({ timeZone: selected }), {
      onError: setError,
      onDone: () => {
        setError(undefined);
        setSaved(true);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-md gap-4" aria-busy={pending}>
      <p className="text-sm" data-testid="time-zone-current">
        {t("settings.timeZoneCurrent", { zone: current, offset: currentChoice?.offset ?? "" })}
      </p>
      <TextField
        id="time-zone-search"
        type="search"
        label={t("settings.timeZoneSearch")}
        value={query}
        placeholder={t("settings.timeZoneSearchPlaceholder")}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first match instead of saving a zone the list no longer shows.
          const first = matches[0];
          if (event.key === "Enter" && first) {
            event.preventDefault();
            setSelected(first.zone);
          }
        }}
      />
      <div className="grid gap-2">
        <Label htmlFor="time-zone">{t("settings.timeZone")}</Label>
        <select id="time-zone" name="timeZone" className={selectClass} value={selected} disabled={pending} onChange={(event) => setSelected(event.target.value)}>
          {shown.map((choice) => (
            <option key={choice.zone} value={choice.zone}>
              {label(choice)}
            </option>
          ))}
        </select>
        {matches.length === 0 ? <p className="text-sm text-muted-foreground">{t("settings.timeZoneNoMatch")}</p> : null}
        <p className="text-sm text-muted-foreground" data-testid="time-zone-now">
          {t("settings.timeZoneNow", { time: format.dateTime(now, { ...FORMATS.dateTime.dateTime, timeZone: selected }) })}
        </p>
      </div>
      <FormMessage role="alert" messages={error} />
      <FormNotice status={saved && t("settings.timeZoneSaved")} />
      <Button type="submit" className="justify-self-start" pending={pending} disabled={selected === current}>
        {pending ? t("settings.saving") : t("settings.saveTimeZone")}
      </Button>
    </form>
  );
}
