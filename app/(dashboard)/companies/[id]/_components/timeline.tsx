"use client";

// An application's steps as a vertical timeline: stage, label, time, result, notes, link.
import { Check, ExternalLink, Pencil, X } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { EventResult } from "@/lib/generated/prisma/enums";
import { useNow, useTranslations } from "next-intl";
import type { TApplicationDetail } from "@/lib/services/companies";
import { cn } from "@/lib/utils";

import { useFormatDateTime, useStageLabel } from "@/components/companies/labels";

type TEvent = TApplicationDetail["events"][number];

const DOT: Record<EventResult, string> = {
  PENDING: "border-primary bg-background",
  PASSED: "border-success bg-success",
  FAILED: "border-destructive bg-destructive",
};

type TProps = {
  events: TEvent[];
  /** Results can be recorded and steps edited (the application is open). */
  editable: boolean;
  onResult: (eventId: string, result: EventResult) => void;
  onEdit: (event: TEvent) => void;
};

export function Timeline({ events, editable, onResult, onEdit }: TProps) {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const formatDate = useFormatDateTime();
  const now = useNow();
  if (events.length === 0) return <p className="text-sm text-muted-foreground">{t("companies.timeline.empty")}</p>;
  return (
    <ol className="relative ml-2 border-l pl-5">
      {events.map((event) => {
        const saved = !event.id.startsWith("new-");
        const expired = event.linkExpiresAt ? event.linkExpiresAt.getTime() < now.getTime() : false;
        return (
          <li key={event.id} className="relative pb-5 last:pb-0" data-testid="timeline-event" data-stage={event.stage} data-result={event.result}>
            <span aria-hidden="true" className={cn("absolute top-1 -left-[27px] size-3 rounded-full border-2", DOT[event.result])} />
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium">{stageLabel(event.stage)}</span>
              {event.label ? <span className="text-sm">{event.label}</span> : null}
              <span
                className={cn(
                  "rounded px-1.5 py-0.5 text-xs",
                  event.result === "PASSED" && "bg-success/15 text-success",
                  event.result === "FAILED" && "bg-destructive/10 text-destructive",
                  event.result === "PENDING" && "bg-muted text-muted-foreground",
                )}
              >
                {t(`companies.timeline.${event.result === "PASSED" ? "passed" : event.result === "FAILED" ? "failed" : "pending"}`)}
              </span>
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
            {editable && saved ? (
              <div className="mt-1.5 flex flex-wrap gap-1">
                {event.result === "PENDING" ? (
                  <>
                    <Button variant="ghost" size="sm" className="h-7" onClick={() => onResult(event.id, "PASSED")}>
                      <Check aria-hidden="true" />
                      {t("companies.timeline.passed")}
                    </Button>
                    <Button variant="ghost" size="sm" className="h-7" onClick={() => onResult(event.id, "FAILED")}>
                      <X aria-hidden="true" />
                      {t("companies.timeline.failed")}
                    </Button>
                  </>
                ) : null}
                <Button variant="ghost" size="icon-sm" className="size-7" aria-label={t("companies.timeline.editEvent")} title={t("companies.timeline.editEvent")} onClick={() => onEdit(event)}>
                  <Pencil aria-hidden="true" />
                </Button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
