// The share of a company's questions expected to be remembered at an interview's time, with the
// way to "review for this interview": shown on the prep checklist and the dashboard's 准备下一场.
import { GraduationCap } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

type TProps = { eventId: string; percent: number | null };

export async function InterviewRecall({ eventId, percent }: TProps) {
  const t = await getTranslations();
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground" data-testid="interview-recall">
      <span className="font-medium text-foreground">{percent === null ? t("review.expectedRecallNone") : t("review.expectedRecall", { percent })}</span>
      {percent === null ? null : (
        <Link href={`/review?event=${encodeURIComponent(eventId)}`} className="inline-flex items-center gap-1 text-primary hover:underline">
          <GraduationCap aria-hidden="true" className="size-3.5" />
          {t("review.reviewForInterview")}
        </Link>
      )}
    </p>
  );
}
