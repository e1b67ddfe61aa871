import { GlobalSearch } from "@/components/shell/global-search";
import type { TTheme } from "@/lib/theme";

import { LogoLink } from "./logo";
import { MobileNav } from "./mobile-nav";
import { UserMenu } from "./user-menu";

type TTopBarProps = { user: { name: string; email: string }; theme: TTheme };

/** Phones: menu button and logo; every width: question search and the user menu on the right. */
export function TopBar({ user, theme }: TTopBarProps) {
  return (
    <header className="sh-top">
      <MobileNav />
      <LogoLink href="/dashboard" className="lg:hidden" />
      <div className="ml-auto flex min-w-0 items-center gap-2">
        <GlobalSearch />
        <UserMenu name={user.name} email={user.email} theme={theme} />
      </div>
    </header>
  );
}
