import { BookOpenText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { getReviewToday, type TReviewItem } from "@/lib/services/review-queue";

import { ReviewSession, type TSessionCard } from "./_components/review-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("review.title") };
}

export default async function ReviewPage() {
  const user = await requireUser();
  const [t, format, today] = await Promise.all([getTranslations(), getFormatter(), getReviewToday(user.id, user.timeZone)]);
  const contextOf = (item: TReviewItem) => {
    if (item.interview) {
      const { companyName, stage, at } = item.interview;
      return t("review.forInterview", { company: companyName, stage: t(`stages.stage.${stage}`), time: format.dateTime(at, "short") });
    }
    return t(`review.${item.group === "interview" ? "due" : item.group}`);
  };
  const cards: TSessionCard[] = today.items.map((item) => ({
    questionId: item.questionId,
    href: `/questions/${item.setId}/${item.questionId}`,
    title: item.title,
    setTitle: item.setTitle,
    stars: item.stars,
    context: contextOf(item),
    intervals: item.intervals,
    answer: <Markdown source={item.answerMd} />,
  }));
  return (
    <>
      <PageHeader title={t("review.title")} description={t("review.description")} />
      <ReviewSession
        cards={cards}
        due={today.due}
        reviewedToday={today.reviewedToday}
        streak={t("review.streakDays", { count: today.streak })}
        empty={
          <EmptyState
            icon={BookOpenText}
            title={t("review.emptyTitle")}
            description={t("review.emptyBody")}
            actions={
              <Button asChild variant="outline">
                <Link href="/questions">{t("review.openBank")}</Link>
              </Button>
            }
          />
        }
      />
    </>
  );
}
