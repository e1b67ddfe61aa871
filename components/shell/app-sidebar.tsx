import Link from "next/link";

import { Logo } from "./logo";
import { NavLinks } from "./nav-links";

/** The desktop sidebar (lg and up); phones get the same links in <MobileNav>. */
export function AppSidebar() {
  return (
    <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r border-sidebar-border bg-sidebar lg:flex">
      <div className="flex h-14 shrink-0 items-center border-b border-sidebar-border px-5">
        <Link href="/dashboard" className="flex rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
          <Logo />
        </Link>
      </div>
      <NavLinks className="flex-1 overflow-y-auto px-3 py-4" />
    </aside>
  );
}
