import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

import { cn } from "@/lib/utils";

type TStatusPageProps = {
  icon: LucideIcon;
  title: string;
  body: ReactNode;
  children?: ReactNode;
  /** Inside the signed-in shell (which has its own <main>) pass false. */
  fullScreen?: boolean;
};

/** A message page (not found, error) with an icon and next steps. Server or client. */
export function StatusPage({ icon: Icon, title, body, children, fullScreen = true }: TStatusPageProps) {
  const Root = fullScreen ? "main" : "section";
  return (
    <Root
      className={cn(
        "flex flex-col items-center justify-center gap-6 px-6 text-center",
        fullScreen ? "min-h-dvh py-16" : "py-16 sm:py-24",
      )}
    >
      <div className="flex size-14 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden="true" className="size-7" />
      </div>
      <div className="max-w-md space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <div className="text-sm text-muted-foreground">{body}</div>
      </div>
      {children ? <div className="flex flex-wrap items-center justify-center gap-2">{children}</div> : null}
    </Root>
  );
}
