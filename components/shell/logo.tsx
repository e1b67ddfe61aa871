import Link from "next/link";

import { cn } from "@/lib/utils";

/** The Offerboard mark and word. */
export function Logo({ className, showName = true }: { className?: string; showName?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-7 shrink-0">
        <rect width="24" height="24" rx="6" className="fill-primary" />
        <rect x="5" y="6" width="4" height="12" rx="1.5" className="fill-primary-foreground" />
        <rect x="10.5" y="6" width="4" height="8" rx="1.5" className="fill-primary-foreground/80" />
        <rect x="16" y="6" width="3" height="5" rx="1.5" className="fill-primary-foreground/60" />
      </svg>
      {showName ? <span>Offerboard</span> : null}
    </span>
  );
}

/** The logo as a link home: the dashboard, or the sign-in page for someone signed out. */
export function LogoLink({ href, className }: { href: string; className?: string }) {
  return (
    <Link href={href} className={cn("flex rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50", className)}>
      <Logo />
    </Link>
  );
}
