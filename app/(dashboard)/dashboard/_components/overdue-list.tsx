"use client";

// 需要更新: events whose time has passed with no result. Each row records 通过 or 挂 in one click
// (the version-checked move, with undo in its toast) or opens a date-time field, in the user's
// time zone, to 改期 (the event edit keeps its label, notes and link).
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { moveApplicationAction, updateEventAction } from "@/components/companies/actions";
import { useUndoToast } from "@/components/companies/use-undo-toast";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { stageLabel } from "@/lib/applications/stages";
import { cappedLabel } from "@/lib/capped-count";
import { utcToZonedInput } from "@/lib/dates/zone";
import type { TLocale } from "@/lib/i18n/config";
import type { TOverdueEvent } from "@/lib/services/overdue-events";

import { DashPanel } from "./dash-panel";
import { EventSummary } from "./event-summary";

type TProps = { events: readonly TOverdueEvent[]; count: number; timeZone: string; locale: TLocale };

function OverdueRow({ event, timeZone, locale }: { event: TOverdueEvent; timeZone: string; locale: TLocale }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const { done, failed } = useUndoToast();
  const [pending, startTransition] = useTransition();
  const [when, setWhen] = useState<string | null>(null);
  const ref = { applicationId: event.applicationId, version: event.version };
  const name = [event.companyName, event.label || stageLabel(event.stage, locale)].join(" · ");

  function record(result: "PASSED" | "FAILED") {
    startTransition(async () => {
      const moved = await moveApplicationAction({ ...ref, command: { type: "recordResult", eventId: event.id, result } });
      if (!moved.ok) return failed(moved);
      done(t(result === "PASSED" ? "dashboard.overdue.passedDone" : "dashboard.overdue.failedDone"), moved.data.undo);
      router.refresh();
    });
  }

  function reschedule(scheduledAt: string) {
    startTransition(async () => {
      const saved = await updateEventAction({
        ...ref,
        eventId: event.id,
        label: event.label,
        scheduledAt,
        notes: event.notes,
        link: event.link ?? "",
        linkExpiresAt: event.linkExpiresAt ? utcToZonedInput(event.linkExpiresAt, timeZone) : null,
      });
      if (!saved.ok) return failed(saved);
      setWhen(null);
      done(t("dashboard.overdue.rescheduled"), saved.data.undo);
      router.refresh();
    });
  }

  const fieldId = `overdue-when-${event.id}`;
  return (
    <li data-testid="overdue-event" className="od-row">
      <EventSummary event={event} locale={locale}>
        {" · "}
        <time dateTime={event.scheduledAt.toISOString()}>{format.dateTime(event.scheduledAt, "short")}</time>
      </EventSummary>
      <div className="od-actions" role="group" aria-label={name}>
        <Button size="sm" variant="outline" disabled={pending} onClick={() => record("PASSED")}>
          {t("dashboard.overdue.passed")}
        </Button>
        <Button size="sm" variant="outline" disabled={pending} onClick={() => record("FAILED")}>
          {t("dashboard.overdue.failed")}
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} aria-expanded={when !== null} onClick={() => setWhen(when === null ? utcToZonedInput(event.scheduledAt, timeZone) : null)}>
          {t("dashboard.overdue.reschedule")}
        </Button>
      </div>
      {when !== null ? (
        <form
          className="od-form"
          onSubmit={(submit) => {
            submit.preventDefault();
            reschedule(when);
          }}
        >
          <Label htmlFor={fieldId}>{t("dashboard.overdue.when", { timeZone })}</Label>
          <Input id={fieldId} type="datetime-local" required value={when} onChange={(change) => setWhen(change.target.value)} />
          <Button size="sm" type="submit" disabled={pending}>
            {t("dashboard.overdue.save")}
          </Button>
          <Button size="sm" variant="ghost" type="button" onClick={() => setWhen(null)}>
            {t("dashboard.overdue.cancel")}
          </Button>
        </form>
      ) : null}
    </li>
  );
}

export function OverdueList({ events, count, timeZone, locale }: TProps) {
  const t = useTranslations();
  return (
    <DashPanel
      titleId="overdue-title"
      title={
        <>
          {t("dashboard.overdue.title")} <span className="od-count">{cappedLabel(count)}</span>
        </>
      }
      description={t("dashboard.overdue.description")}
      data-testid="overdue"
    >
      <ul className="od-list">
        {events.map((event) => (
          <OverdueRow key={event.id} event={event} timeZone={timeZone} locale={locale} />
        ))}
      </ul>
      {count > events.length ? <p className="dash-sub mt-2">{t("dashboard.overdue.more", { count: cappedLabel(count, events.length) })}</p> : null}
    </DashPanel>
  );
}
