// A company's prep checklist, to embed on the company page and on /companies/[id]/prep:
//   <PrepChecklist companyId={company.id} userId={user.id} review={reviewParametersOf(user.preferences)} />
// A server component: it reads the checklist itself (adding the starter tasks on first open).
// Another user's company id renders nothing (the page around it decides the 404).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";

import { InterviewRecall } from "@/components/review/interview-recall";
import { AppError } from "@/lib/errors";
import { listCompanySets, getCompanyChecklist } from "@/lib/services/prep";
import { suggestSets } from "@/lib/services/prep-links";
import { listInterviewRecall } from "@/lib/services/review-interview";
import type { TReviewParameters } from "@/lib/validation/review";

import { PrepProgress } from "./prep-progress";
import { PrepQuestions } from "./prep-questions";
import { PrepSetsPicker } from "./prep-sets-picker";
import { PrepTasks } from "./prep-tasks";
import { PrepTicks } from "./prep-ticks";

/** `review`: the user's FSRS parameters, for the recall expected at the next interview. */
type TProps = { companyId: string; userId: string; review: TReviewParameters };

export async function PrepChecklist({ companyId, userId, review }: TProps) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  let data;
  try {
    data = await getCompanyChecklist(userId, companyId, locale);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const { checklist, next: interview } = data;
  const [{ sets }, suggestions, recall] = await Promise.all([
    listCompanySets(userId, companyId),
    suggestSets(userId, data.company.tier, companyId),
    interview ? listInterviewRecall(userId, review, [interview]).then((recalls) => recalls.get(interview.eventId) ?? null) : null,
  ]);
  const { groups } = checklist;
  const nextEventLabel = interview
    ? t("prep.nextEvent", { date: format.dateTime(interview.scheduledAt, "dateTime") })
    : t("prep.noEvent");
  const saved = {
    tasks: Object.fromEntries(checklist.tasks.map((task) => [task.id, task.done])),
    questions: Object.fromEntries(groups.flatMap((group) => group.questions.map((q) => [q.id, q.status]))),
  };
  return (
    <PrepTicks saved={saved}>
      <div className="space-y-6" data-testid="prep-checklist">
        <PrepProgress progress={checklist.progress} attention={data.attention} nextEventLabel={nextEventLabel} />
        {interview ? <InterviewRecall eventId={interview.eventId} percent={recall} /> : null}
        <PrepTasks
          companyId={companyId}
          tasks={checklist.tasks.map((task) => ({
            id: task.id,
            title: task.title,
            done: task.done,
            dueDate: task.dueAt ? task.dueAt.toISOString().slice(0, 10) : null,
          }))}
        />
        <section className="space-y-3" aria-labelledby="prep-sets">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="prep-sets" className="text-base font-semibold">
              {t("prep.sets")}
            </h2>
            <PrepSetsPicker companyId={companyId} sets={sets} suggestions={suggestions} />
          </div>
          <PrepQuestions groups={groups} />
        </section>
      </div>
    </PrepTicks>
  );
}
