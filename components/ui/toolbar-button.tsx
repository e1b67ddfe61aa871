import type { LucideIcon } from "lucide-react";
import type { ComponentProps } from "react";

import { Button } from "@/components/ui/button";

type TToolbarButtonProps = Omit<ComponentProps<typeof Button>, "asChild" | "variant" | "size"> & { icon: LucideIcon };

/** A small outlined button led by an icon, as a toolbar or a page's header row uses to open a dialog or menu. */
export function ToolbarButton({ icon: Icon, children, ...props }: TToolbarButtonProps) {
  return (
    <Button variant="outline" size="sm" {...props}>
      <Icon aria-hidden="true" />
      {children}
    </Button>
  );
}
