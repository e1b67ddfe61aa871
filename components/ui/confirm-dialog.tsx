"use client";

// A one-way action that asks first: a question saying what will happen, with 取消 and the action
// itself (destructive by default). A trigger button opens it, or the caller does (`open`).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

type TProps = {
  /** The button that opens the question; without one, `open` and `onOpenChange` say when it shows. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  /** What will happen: a sentence, or several as paragraphs. */
  description: ReactNode;
  /** Shown under the description, such as a warning. */
  children?: ReactNode;
  confirm: ReactNode;
  /** The action ends or removes something (the default): its button says so in red. */
  destructive?: boolean;
  onConfirm: () => void;
};

export function ConfirmDialog({ trigger, open, onOpenChange, title, description, children, confirm, destructive = true, onConfirm }: TProps) {
  const t = useTranslations();
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription asChild>
            <div className="grid gap-1.5">{description}</div>
          </AlertDialogDescription>
          {children}
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <AlertDialogAction variant={destructive ? "destructive" : "default"} onClick={onConfirm}>
            {confirm}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
