"use client";

// Advance an application to a stage with its label, date and time (in the user's time zone)
// and, for a 笔试, the test link and its deadline. The board uses it to ask for the date when
// a card is dropped on 笔试 or 面试.
import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormDescription } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { DATED_STAGES } from "@/lib/applications/stages";
import { Stage } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import type { TMoveCommandInput } from "@/lib/validation/applications";

import { selectClass } from "./company-fields";
import { EventLinkFields } from "./event-link-fields";
import { useStageLabel } from "./labels";

type TAdvanceStage = Extract<TMoveCommandInput, { type: "advance" }>["stage"];

type TProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  stages: readonly TAdvanceStage[];
  initialStage: TAdvanceStage;
  /** A label to suggest for a stage (一面 → 二面 …). */
  suggestLabel: (stage: Stage) => string;
  timeZone: string;
  onSubmit: (command: TMoveCommandInput) => void;
};

export function AdvanceDialog(props: TProps) {
  const t = useTranslations();
  const stageLabel = useStageLabel();
  const [stage, setStage] = useState<TAdvanceStage>(props.initialStage);
  const [label, setLabel] = useState(() => props.suggestLabel(props.initialStage));
  const [when, setWhen] = useState("");
  const [link, setLink] = useState("");
  const [linkExpiresAt, setLinkExpiresAt] = useState("");
  const dated = DATED_STAGES.includes(stage);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (stage === Stage.OFFER) props.onSubmit({ type: "markOffer", label: label.trim() || undefined });
    else
      props.onSubmit({
        type: "advance",
        stage,
        label: label.trim(),
        scheduledAt: when || null,
        link: link.trim() || undefined,
        linkExpiresAt: linkExpiresAt || null,
      });
    props.onOpenChange(false);
  }

  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent closeLabel={t("common.close")}>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{props.title}</DialogTitle>
            {props.description ? <DialogDescription>{props.description}</DialogDescription> : null}
          </DialogHeader>
          {props.stages.length > 1 ? (
            <div className="grid gap-2">
              <Label htmlFor="advance-stage">{t("companies.actions.stage")}</Label>
              <select
                id="advance-stage"
                className={selectClass}
                value={stage}
                onChange={(event) => {
                  const next = event.target.value as TAdvanceStage;
                  setStage(next);
                  setLabel(props.suggestLabel(next));
                }}
              >
                {props.stages.map((option) => (
                  <option key={option} value={option}>
                    {stageLabel(option)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="grid gap-2">
            <Label htmlFor="advance-label">{t("companies.actions.label")}</Label>
            <Input id="advance-label" value={label} maxLength={40} placeholder={t("companies.actions.labelPlaceholder")} onChange={(event) => setLabel(event.target.value)} />
          </div>
          {stage !== Stage.OFFER ? (
            <div className="grid gap-2">
              <Label htmlFor="advance-when">{t("companies.actions.when")}</Label>
              <Input id="advance-when" type="datetime-local" required={dated} value={when} onChange={(event) => setWhen(event.target.value)} />
              <FormDescription>{t("companies.actions.whenHint", { timeZone: props.timeZone })}</FormDescription>
            </div>
          ) : null}
          {dated ? (
            <EventLinkFields idPrefix="advance" link={link} onLinkChange={setLink} expiresAt={linkExpiresAt} onExpiresAtChange={setLinkExpiresAt} />
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => props.onOpenChange(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit">{t("companies.actions.save")}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
