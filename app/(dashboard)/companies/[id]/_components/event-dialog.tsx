"use client";

// Edit one step: label, time, notes, and the link with its deadline (笔试 links expire).
import { useState, type FormEvent } from "react";

import { EventLinkFields } from "@/components/companies/event-link-fields";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useTranslations } from "next-intl";
import { utcToZonedInput } from "@/lib/dates/zone";
import type { TApplicationDetail } from "@/lib/services/companies";
import type { TUpdateEventInput } from "@/lib/validation/applications";

type TEvent = TApplicationDetail["events"][number];
type TProps = {
  event: TEvent;
  timeZone: string;
  pending: boolean;
  onClose: () => void;
  onSave: (input: Omit<TUpdateEventInput, "applicationId" | "version">) => void;
};

export function EventDialog({ event, timeZone, pending, onClose, onSave }: TProps) {
  const t = useTranslations();
  const toInput = (date: Date | null) => (date ? utcToZonedInput(date, timeZone) : "");
  const [label, setLabel] = useState(event.label);
  const [when, setWhen] = useState(toInput(event.scheduledAt));
  const [notes, setNotes] = useState(event.notes);
  const [link, setLink] = useState(event.link ?? "");
  const [expires, setExpires] = useState(toInput(event.linkExpiresAt));

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    onSave({ eventId: event.id, label: label.trim(), scheduledAt: when || null, notes, link: link.trim(), linkExpiresAt: expires || null });
  }

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent closeLabel={t("common.close")}>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{t("companies.timeline.editEvent")}</DialogTitle>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="event-label">{t("companies.actions.label")}</Label>
            <Input id="event-label" value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="event-when">{t("companies.actions.when")}</Label>
            <Input id="event-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
          </div>
          <EventLinkFields idPrefix="event" link={link} onLinkChange={setLink} expiresAt={expires} onExpiresAtChange={setExpires} />
          <div className="grid gap-2">
            <Label htmlFor="event-notes">{t("companies.actions.notes")}</Label>
            <Textarea id="event-notes" rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {t("companies.actions.save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
