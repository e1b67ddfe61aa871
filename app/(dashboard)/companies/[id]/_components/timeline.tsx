"use client";

// An application's steps as a vertical timeline: stage, label, time, result, notes, link. While
// the application is open, a step's result can be changed after the fact, and a step edited or
// deleted (with undo) from its first line.
import { CalendarPlus, Check, ChevronDown, ClipboardList, ExternalLink, Pencil, Trash2, X } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { extraLabel } from "@/lib/applications/stages";
import { isPastAskedStep } from "@/lib/encounters/plan";
import type { EventResult } from "@/lib/generated/prisma/enums";
import { useNow, useTranslations } from "next-intl";
import type { TApplicationDetail } from "@/lib/services/companies";
import { cn } from "@/lib/utils";

import { useFormatDateTime, useResultLabel, useStageLabel } from "@/components/companies/labels";

type TEvent = TApplicationDetail["events"][number];

const RESULTS: readonly EventResult[] = ["PASSED", "FAILED", "PENDING"];
const RESULT_STYLE: Record<EventResult, string> = {
  PASSED: "bg-success/15 text-success",
  FAILED: "bg-destructive/10 text-destructive",
  PENDING: "bg-muted text-muted-foreground",
};

const DOT: Record<EventResult, string> = {
  PENDING: "border-primary bg-background",
  PASSED: "border-success bg-success",
  FAILED: "border-destructive bg-destructive",
};

type TProps = {
  companyId: string;
  events: TEvent[];
  /** Results can be recorded and steps edited (the application is open). */
  editable: boolean;
  onResult: (eventId: string, result: EventResult) => void;
  onEdit: (event: TEvent) => void;
  onDelete: (event: TEvent) => void;
};

export function Timeline({ companyId, events, editable, onResult, onEdit, onDelete }: TProps) {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const resultLabel = useResultLabel();
  const formatDate = useFormatDateTime();
  const now = useNow();
  if (events.length === 0) return <p className="text-sm text-muted-foreground">{t("companies.timeline.empty")}</p>;
  return (
    <ol className="relative ml-2 border-l pl-5">
      {events.map((event) => {
        const saved = !event.id.startsWith("new-");
        const extra = extraLabel(event.stage, event.label);
        const expired = event.linkExpiresAt ? event.linkExpiresAt.getTime() < now.getTime() : false;
        return (
          <li key={event.id} className="relative pb-5 last:pb-0" data-testid="timeline-event" data-stage={event.stage} data-result={event.result}>
            <span aria-hidden="true" className={cn("absolute top-1 -left-[27px] size-3 rounded-full border-2", DOT[event.result])} />
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium">{stageLabel(event.stage)}</span>
              {extra ? <span className="text-sm">{extra}</span> : null}
              {editable && saved ? (
                <DropdownMenu>
                  <DropdownMenuTrigger asChild>
                    <button
                      type="button"
                      className={cn("inline-flex items-center gap-0.5 rounded px-1.5 py-0.5 text-xs", RESULT_STYLE[event.result])}
                      aria-label={`${t("companies.undoChange.setResult")}: ${resultLabel(event.result)}`}
                    >
                      {resultLabel(event.result)}
                      <ChevronDown aria-hidden="true" className="size-3" />
                    </button>
                  </DropdownMenuTrigger>
                  <DropdownMenuContent align="start">
                    {RESULTS.map((result) => (
                      <DropdownMenuItem key={result} disabled={result === event.result} onSelect={() => onResult(event.id, result)}>
                        {resultLabel(result)}
                      </DropdownMenuItem>
                    ))}
                  </DropdownMenuContent>
                </DropdownMenu>
              ) : (
                <span className={cn("rounded px-1.5 py-0.5 text-xs", RESULT_STYLE[event.result])}>
                  {resultLabel(event.result)}
                </span>
              )}
              {saved ? (
                <span className="ml-auto flex gap-0.5">
                  {event.scheduledAt ? (
                    <Button asChild variant="ghost" size="icon-sm" className="size-7">
                      <a href={`/api/calendar/event/${encodeURIComponent(event.id)}`} download aria-label={t("companies.timeline.addToCalendar")} title={t("companies.timeline.addToCalendar")}>
                        <CalendarPlus aria-hidden="true" />
                      </a>
                    </Button>
                  ) : null}
                  {editable ? (
                    <Button variant="ghost" size="icon-sm" className="size-7" aria-label={t("companies.timeline.editEvent")} title={t("companies.timeline.editEvent")} onClick={() => onEdit(event)}>
                      <Pencil aria-hidden="true" />
                    </Button>
                  ) : null}
                  <Button variant="ghost" size="icon-sm" className="size-7" aria-label={t("companies.undoChange.deleteEvent")} title={t("companies.undoChange.deleteEvent")} onClick={() => onDelete(event)}>
                    <Trash2 aria-hidden="true" />
                  </Button>
                </span>
              ) : null}
            </div>
            <div className="mt-0.5 space-x-3 text-xs text-muted-foreground">
              {event.scheduledAt ? (
                <span>
                  {t("companies.timeline.scheduled")} <time dateTime={event.scheduledAt.toISOString()}>{formatDate(event.scheduledAt, now)}</time>
                </span>
              ) : null}
              {event.happenedAt && !event.scheduledAt ? (
                <span>
                  {t("companies.timeline.happened")} <time dateTime={event.happenedAt.toISOString()}>{formatDate(event.happenedAt, now)}</time>
                </span>
              ) : null}
            </div>
            {event.link ? (
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
                <a href={event.link} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-1 text-primary hover:underline">
                  <ExternalLink aria-hidden="true" className="size-3" />
                  {t("companies.timeline.link")}
                </a>
                {event.linkExpiresAt ? (
                  <span className={cn(expired ? "text-destructive" : "text-muted-foreground")}>
                    {expired ? t("companies.timeline.linkExpired") : t("companies.timeline.linkExpires", { date: formatDate(event.linkExpiresAt, now) })}
                  </span>
                ) : null}
              </div>
            ) : null}
            {event.notes ? <p className="mt-1 text-sm whitespace-pre-wrap">{event.notes}</p> : null}
            {saved && isPastAskedStep(event, now) ? (
              <Link href={`/companies/${companyId}/asked?event=${encodeURIComponent(event.id)}`} className="mt-1 inline-flex items-center gap-1 text-xs text-primary hover:underline">
                <ClipboardList aria-hidden="true" className="size-3.5" />
                {t("encounters.logAction")}
              </Link>
            ) : null}
            {editable && saved && event.result === "PENDING" ? (
              <div className="mt-1.5 flex flex-wrap gap-1">
                <Button variant="ghost" size="sm" className="h-7" onClick={() => onResult(event.id, "PASSED")}>
                  <Check aria-hidden="true" />
                  {t("companies.timeline.passed")}
                </Button>
                <Button variant="ghost" size="sm" className="h-7" onClick={() => onResult(event.id, "FAILED")}>
                  <X aria-hidden="true" />
                  {t("companies.timeline.failed")}
                </Button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
