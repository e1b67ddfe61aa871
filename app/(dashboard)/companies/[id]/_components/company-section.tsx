import type { ComponentProps, ReactNode } from "react";

type TCompanySectionProps = Omit<ComponentProps<"section">, "title"> & {
  /** The heading's id: the heading names the section. */
  titleId: string;
  title: ReactNode;
  /** Beside the heading, at the row's end. */
  actions?: ReactNode;
};

/** A part of the company page (applications, questions asked, prep): its heading, any actions beside it, then its content. */
export function CompanySection({ titleId, title, actions, children, ...props }: TCompanySectionProps) {
  const heading = (
    <h2 id={titleId} className="text-lg font-semibold">
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={titleId} className="space-y-3" {...props}>
      {actions ? (
        <div className="flex items-center justify-between gap-2">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
