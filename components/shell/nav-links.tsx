"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { createContext, useContext, type ReactNode } from "react";

import { useTranslations } from "next-intl";

import { cappedLabel } from "@/lib/capped-count";

import { isActive, NAV_ITEMS } from "./nav-items";

/**
 * Shown while the link's page loads (pages stream no loading skeleton): a dot that fades in
 * after 150 ms (shell.css), so a quick navigation shows nothing.
 */
function Pending() {
  const { pending } = useLinkStatus();
  return pending ? <i className="sh-pending" aria-hidden="true" /> : null;
}

/** The number shown on 仪表盘: events past with no result (需要更新, up to its cap), from the shell's layout. */
const OverdueContext = createContext(0);

export function OverdueCount({ count, children }: { count: number; children: ReactNode }) {
  return <OverdueContext value={count}>{children}</OverdueContext>;
}

/** The main navigation (styled by .sh-nav in shell.css); each link's name is its translated label. */
export function NavLinks({ onNavigate, className }: { onNavigate?: () => void; className?: string }) {
  const t = useTranslations();
  const pathname = usePathname();
  const overdue = useContext(OverdueContext);
  return (
    <nav aria-label={t("nav.label")} className={className}>
      <ul className="sh-nav">
        {NAV_ITEMS.map(({ href, labelKey, icon: Icon }) => (
          <li key={href}>
            <Link href={href} onClick={onNavigate} aria-current={isActive(pathname, href) ? "page" : undefined}>
              <Icon aria-hidden="true" />
              <span>{t(labelKey)}</span>
              {href === "/dashboard" && overdue > 0 ? (
                <span className="sh-badge" data-testid="nav-overdue">
                  <span aria-hidden="true">{cappedLabel(overdue)}</span>
                  <span className="sr-only">{t("nav.overdueBadge", { count: overdue, shown: cappedLabel(overdue) })}</span>
                </span>
              ) : null}
              <Pending />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
