import type { LucideIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/utils";

type TEmptyStateProps = Omit<ComponentProps<"section">, "title"> & {
  icon: LucideIcon;
  title: ReactNode;
  description: ReactNode;
  /** Next steps, usually one or two <LinkButton>s. */
  actions?: ReactNode;
};

/** What a list or page shows before it has data: an icon, what will be here, and what to do next. */
export function EmptyState({ icon: Icon, title, description, actions, className, ...props }: TEmptyStateProps) {
  return (
    <section
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-4 rounded-xl border border-dashed px-6 py-12 text-center sm:py-16",
        className,
      )}
      {...props}
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden="true" className="size-6" />
      </div>
      <div className="max-w-md space-y-1.5">
        <h2 className="text-base font-semibold">{title}</h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {actions ? <div className="flex flex-wrap items-center justify-center gap-2">{actions}</div> : null}
    </section>
  );
}
