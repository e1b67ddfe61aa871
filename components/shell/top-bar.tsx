import Link from "next/link";

import { GlobalSearch } from "@/app/(dashboard)/questions/_components/global-search";
import type { TTheme } from "@/lib/theme";

import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { UserMenu } from "./user-menu";

type TTopBarProps = { user: { name: string; email: string }; theme: TTheme };

/** Phones: menu button and logo; every width: the user menu on the right. */
export function TopBar({ user, theme }: TTopBarProps) {
  return (
    <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-2 border-b bg-background/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-6 lg:px-8">
      <MobileNav />
      <Link href="/dashboard" className="flex rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 lg:hidden">
        <Logo />
      </Link>
      <div className="ml-auto flex min-w-0 items-center gap-2">
        <GlobalSearch />
        <UserMenu name={user.name} email={user.email} theme={theme} />
      </div>
    </header>
  );
}
