import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

import { DropdownMenu, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { ToolbarButton } from "@/components/ui/toolbar-button";

type TToolbarMenuProps = {
  icon: LucideIcon;
  label: string;
  /** The heading over the menu's items. */
  heading: string;
  /** The menu's width or height. */
  className?: string;
  children: ReactNode;
};

/** A menu opened from a toolbar button, lined up with the button's end, its items under a heading. */
export function ToolbarMenu({ icon, label, heading, className, children }: TToolbarMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <ToolbarButton icon={icon}>{label}</ToolbarButton>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className={className}>
        <DropdownMenuLabel>{heading}</DropdownMenuLabel>
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
