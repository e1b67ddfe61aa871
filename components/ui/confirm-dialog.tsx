"use client";

// A one-way action that asks first: the trigger opens a question saying what will happen, with
// 取消 and the action itself (destructive by default).
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
  /** The button that opens the question (rendered as the dialog's trigger). */
  trigger: ReactNode;
  title: ReactNode;
  description: ReactNode;
  confirm: ReactNode;
  onConfirm: () => void;
};

export function ConfirmDialog({ trigger, title, description, confirm, onConfirm }: TProps) {
  const t = useTranslations();
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={onConfirm}>
            {confirm}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
