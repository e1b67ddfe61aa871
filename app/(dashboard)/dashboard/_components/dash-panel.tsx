import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/utils";

type TDashPanelProps = Omit<ComponentProps<"section">, "title"> & {
  /** The heading's id: the heading names the panel. */
  titleId: string;
  title: ReactNode;
  description: ReactNode;
  /** Lays out a title that has an icon. */
  titleClassName?: string;
};

/** A panel of the dashboard: a heading naming it, a line saying what it shows, then its content. */
export function DashPanel({ titleId, title, description, titleClassName, children, ...props }: TDashPanelProps) {
  return (
    <section aria-labelledby={titleId} className="dash-panel" {...props}>
      <h2 id={titleId} className={cn("font-semibold", titleClassName)}>
        {title}
      </h2>
      <p className="dash-sub">{description}</p>
      {children}
    </section>
  );
}
