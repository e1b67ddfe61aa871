import { useTranslations } from "next-intl";

/** Known / learning / new as one stacked bar with its numbers for screen readers and hover. */
export function MasteryBar({ known, learning, fresh }: { known: number; learning: number; fresh: number }) {
  const t = useTranslations();
  const total = known + learning + fresh;
  const label = t("questions.masteryBar", { known, learning, fresh });
  if (total === 0) return null;
  return (
    <div className="mastery-bar" title={label}>
      <div role="img" aria-label={label}>
        <div className="bg-success" style={{ width: `${(known * 100) / total}%` }} />
        <div className="bg-warning" style={{ width: `${(learning * 100) / total}%` }} />
      </div>
      <span>
        {known}/{total}
      </span>
    </div>
  );
}
