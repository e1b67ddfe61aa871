import { LogoLink } from "./logo";
import { NavLinks } from "./nav-links";

/** The desktop sidebar (lg and up); phones get the same links in <MobileNav>. */
export function AppSidebar() {
  return (
    <aside className="sh-side">
      <div className="sh-side-head">
        <LogoLink href="/dashboard" />
      </div>
      <NavLinks className="flex-1 overflow-y-auto px-3 py-4" />
    </aside>
  );
}
