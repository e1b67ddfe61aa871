import { ArrowLeftRight, BookOpenText, Building2, CalendarDays, GraduationCap, KanbanSquare, LayoutDashboard, Settings, type LucideIcon } from "lucide-react";

import type { TMessageKey } from "@/lib/i18n/types";

type TNavItem = { href: string; labelKey: TMessageKey; icon: LucideIcon };

/** The signed-in areas, in sidebar order. */
export const NAV_ITEMS: readonly TNavItem[] = [
  { href: "/dashboard", labelKey: "nav.dashboard", icon: LayoutDashboard },
  { href: "/companies", labelKey: "nav.companies", icon: Building2 },
  { href: "/board", labelKey: "nav.board", icon: KanbanSquare },
  { href: "/calendar", labelKey: "nav.calendar", icon: CalendarDays },
  { href: "/questions", labelKey: "nav.questions", icon: BookOpenText },
  { href: "/review", labelKey: "nav.review", icon: GraduationCap },
  { href: "/import", labelKey: "nav.import", icon: ArrowLeftRight },
  { href: "/settings", labelKey: "nav.settings", icon: Settings },
];

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
