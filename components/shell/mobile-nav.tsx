"use client";

import { Menu } from "lucide-react";
import { useState } from "react";

import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { useTranslations } from "next-intl";

import { Logo } from "./logo";
import { NavLinks } from "./nav-links";

/** Below lg: a menu button that opens the navigation in a drawer from the left. */
export function MobileNav() {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger className="sh-menu" aria-label={t("shell.openMenu")}>
        <Menu aria-hidden="true" />
      </SheetTrigger>
      <SheetContent side="left" closeLabel={t("shell.closeMenu")} className="bg-sidebar" aria-describedby={undefined}>
        <SheetHeader className="h-14 justify-center px-5 py-0">
          <SheetTitle>
            <Logo />
          </SheetTitle>
        </SheetHeader>
        <NavLinks className="px-3" onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
