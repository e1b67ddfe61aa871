"use client";

import { lazyOverlay } from "./deferred-root";
import type * as Parts from "./dropdown-menu-parts";

/** Closed at first paint, it renders only its trigger; Radix loads and mounts on first use. */
const menu = lazyOverlay<typeof Parts>(() => import("./dropdown-menu-parts"), "menu");

export const DropdownMenu = menu.Root;
export const DropdownMenuTrigger = menu.Trigger;
export const DropdownMenuContent = menu.part("DropdownMenuContent");
export const DropdownMenuItem = menu.part("DropdownMenuItem");
export const DropdownMenuCheckboxItem = menu.part("DropdownMenuCheckboxItem");
export const DropdownMenuRadioGroup = menu.part("DropdownMenuRadioGroup");
export const DropdownMenuRadioItem = menu.part("DropdownMenuRadioItem");
export const DropdownMenuLabel = menu.part("DropdownMenuLabel");
export const DropdownMenuSeparator = menu.part("DropdownMenuSeparator");
