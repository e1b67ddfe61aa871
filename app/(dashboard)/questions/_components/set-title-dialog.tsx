"use client";

import { useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import type { TActionResult } from "@/lib/errors";
import { useTranslations } from "next-intl";

import { useAction } from "@/components/ui/use-action";

type TProps = {
  trigger: ReactNode;
  title: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (title: string) => Promise<TActionResult<unknown>>;
  success: string;
  onDone?: (data: unknown) => void;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/** A dialog with one field: a set's name (new set, rename). */
export function SetTitleDialog({ trigger, title, submitLabel, initial = "", onSubmit, success, onDone, open, onOpenChange }: TProps) {
  const t = useTranslations();
  const [ownOpen, setOwnOpen] = useState(false);
  const isOpen = open ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;
  const [error, setError] = useState<string>();
  const { pending, run } = useAction();
  return (
    <Dialog
      open={isOpen}
      onOpenChange={(next) => {
        setError(undefined);
        setOpen(next);
      }}
    >
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent closeLabel={t("common.close")}>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const value = String(new FormData(event.currentTarget).get("title") ?? "");
            run(() => onSubmit(value), {
              success,
              onError: setError,
              onDone: (result) => {
                setOpen(false);
                onDone?.(result.data);
              },
            });
          }}
        >
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription className="sr-only">{t("questions.setTitle")}</DialogDescription>
          </DialogHeader>
          <TextField
            id="set-title"
            name="title"
            label={t("questions.setTitle")}
            defaultValue={initial}
            placeholder={t("questions.setTitlePlaceholder")}
            maxLength={100}
            required
            autoFocus
            error={error}
          />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
