"use client";

import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

import type * as Parts from "./alert-dialog-parts";
import { lazyOverlay } from "./deferred-root";

// A confirmation that must be answered (Escape = cancel; clicking outside does nothing).
/** Closed at first paint, it renders only its trigger; Radix loads and mounts on first use. */
const alert = lazyOverlay<typeof Parts>(() => import("./alert-dialog-parts"), "dialog");

export const AlertDialog = alert.Root;
export const AlertDialogTrigger = alert.Trigger;
export const AlertDialogContent = alert.part("AlertDialogContent");
export const AlertDialogTitle = alert.part("AlertDialogTitle");
export const AlertDialogDescription = alert.part("AlertDialogDescription");
export const AlertDialogAction = alert.part("AlertDialogAction");
export const AlertDialogCancel = alert.part("AlertDialogCancel");

export function AlertDialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="alert-dialog-header" className={cn("flex flex-col gap-2 text-center sm:text-left", className)} {...props} />;
}

export function AlertDialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="alert-dialog-footer" className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
