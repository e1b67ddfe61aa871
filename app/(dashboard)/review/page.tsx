import { BookOpenText } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Markdown } from "@/components/markdown/markdown";
import { InterviewRecall } from "@/components/review/interview-recall";
import { BackLink, PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { requireUser } from "@/lib/auth";
import { readOr404 } from "@/lib/read-or-404";
import { getInterviewReview } from "@/lib/services/review-interview";
import { getReviewToday, type TReviewItem } from "@/lib/services/review-queue";
import { ZId } from "@/lib/validation/id";
import { reviewParametersOf } from "@/lib/validation/review";

import { ReviewSession, type TSessionCard } from "./_components/review-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("review.title") };
}

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
/** `?event=<id>`: review for that interview instead of today's queue. */
const ZReviewQuery = z.object({ event: z.preprocess(firstOf, ZId.optional().catch(undefined)) });
const loadInterview = readOr404(getInterviewReview);

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: TProps) {
  const user = await requireUser();
  const { event: eventId } = ZReviewQuery.parse(await searchParams);
  const params = reviewParametersOf(user.preferences);
  const [t, format, interview] = await Promise.all([getTranslations(), getFormatter(), eventId ? loadInterview(user.id, user.timeZone, params, eventId) : null]);
  const review = interview ?? (await getReviewToday(user.id, user.timeZone, params));
  const stageOf = (stage: TReviewItem["interview"] & {}) => t(`stages.stage.${stage.stage}`);
  const contextOf = (item: TReviewItem) => {
    if (item.interview) {
      const { companyName, at } = item.interview;
      return t("review.forInterview", { company: companyName, stage: stageOf(item.interview), time: format.dateTime(at, "short") });
    }
    return t(`review.${item.group === "interview" ? "due" : item.group}`);
  };
  const cards: TSessionCard[] = review.items.map((item) => ({
    questionId: item.questionId,
    href: `/questions/${item.setId}/${item.questionId}`,
    title: item.title,
    setTitle: item.setTitle,
    stars: item.stars,
    context: contextOf(item),
    intervals: item.intervals,
    answer: <Markdown source={item.answerMd} />,
  }));
  const event = interview?.event ?? null;
  return (
    <>
      {event ? (
        <>
          <BackLink href="/review" className="mb-3">{t("review.backToToday")}</BackLink>
          <PageHeader
            title={t("review.interviewTitle", { company: event.companyName, stage: event.label || t(`stages.stage.${event.stage}`) })}
            description={t("review.interviewDescription", { time: format.dateTime(event.scheduledAt, "short") })}
          />
          <div className="-mt-3 mb-4">
            <InterviewRecall eventId={event.eventId} percent={interview?.recall ?? null} />
          </div>
        </>
      ) : (
        <PageHeader title={t("review.title")} description={t("review.description")} />
      )}
      <ReviewSession
        cards={cards}
        due={review.due}
        reviewedToday={review.reviewedToday}
        undoable={review.undoable}
        streak={t("review.streakDays", { count: review.streak })}
        empty={
          <EmptyState
            icon={BookOpenText}
            title={t("review.emptyTitle")}
            description={t("review.emptyBody")}
            actions={<LinkButton href="/questions" variant="outline">{t("review.openBank")}</LinkButton>}
          />
        }
      />
    </>
  );
}
