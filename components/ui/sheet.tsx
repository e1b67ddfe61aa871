"use client";

import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

import { lazyOverlay } from "./deferred-root";
import type * as Parts from "./sheet-parts";

// A panel that slides in from an edge (the phone navigation drawer), built on Dialog.
/** Closed at first paint, it renders only its trigger; Radix loads and mounts on first use. */
const sheet = lazyOverlay<typeof Parts>(() => import("./sheet-parts"), "dialog");

export const Sheet = sheet.Root;
export const SheetTrigger = sheet.Trigger;
export const SheetContent = sheet.part("SheetContent");
export const SheetTitle = sheet.part("SheetTitle");
export const SheetDescription = sheet.part("SheetDescription");

export function SheetHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="sheet-header" className={cn("flex flex-col gap-1.5 p-4", className)} {...props} />;
}
