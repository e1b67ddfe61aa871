import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

import { Button } from "@/components/ui/button";

type TLinkButtonProps = Pick<ComponentProps<typeof Button>, "variant" | "size" | "className"> & {
  href: string;
  icon?: LucideIcon;
  children: ReactNode;
};

/** A link to another page that looks like a button, its icon (if any) before its label. */
export function LinkButton({ href, icon: Icon, children, ...props }: TLinkButtonProps) {
  return (
    <Button asChild {...props}>
      <Link href={href}>
        {Icon ? <Icon aria-hidden="true" /> : null}
        {children}
      </Link>
    </Button>
  );
}
