"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { useT } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";

import { isActive, NAV_ITEMS } from "./nav-items";

/** The main navigation; each link's accessible name is its translated label. */
export function NavLinks({ onNavigate, className }: { onNavigate?: () => void; className?: string }) {
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t("nav.label")} className={className}>
      <ul className="grid gap-1">
        {NAV_ITEMS.map(({ href, labelKey, icon: Icon }) => {
          const active = isActive(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex h-9 items-center gap-3 rounded-md px-3 text-sm font-medium text-sidebar-foreground outline-none transition-colors",
                  "hover:bg-sidebar-accent/70 hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active && "bg-sidebar-accent text-sidebar-accent-foreground",
                )}
              >
                <Icon aria-hidden="true" className="size-4 shrink-0" />
                <span className="truncate">{t(labelKey)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
