"use client";

import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

import { lazyOverlay } from "./deferred-root";
import type * as Parts from "./dialog-parts";

/** Closed at first paint, it renders only its trigger; Radix loads and mounts on first use. */
const dialog = lazyOverlay<typeof Parts>(() => import("./dialog-parts"), "dialog");

export const Dialog = dialog.Root;
export const DialogTrigger = dialog.Trigger;
export const DialogContent = dialog.part("DialogContent");
export const DialogTitle = dialog.part("DialogTitle");
export const DialogDescription = dialog.part("DialogDescription");

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-header" className={cn("flex flex-col gap-2 text-center sm:text-left", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-footer" className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
