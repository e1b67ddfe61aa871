// A question page's 在哪被问到: how often it was asked at interviews, and the latest times.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { getQuestionAsked } from "@/lib/services/encounters";

export async function QuestionAsked({ userId, questionId }: { userId: string; questionId: string }) {
  const [t, format, asked] = await Promise.all([getTranslations("encounters"), getFormatter(), getQuestionAsked(userId, questionId)]);
  return (
    <section aria-labelledby="question-asked" className="space-y-2 rounded-xl border p-4" data-testid="question-asked">
      <h2 id="question-asked" className="flex flex-wrap items-center gap-2 text-sm font-medium">
        {t("askedSection")}
        {asked.count > 0 ? <Badge variant="secondary">{t("askedTimes", { count: asked.count })}</Badge> : null}
      </h2>
      {asked.count === 0 ? <p className="text-sm text-muted-foreground">{t("questionNever")}</p> : null}
      <ul className="space-y-1 text-sm">
        {asked.latest.map((encounter) => (
          <li key={encounter.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/companies/${encounter.company.id}`} className="hover:underline">
              {t("askedWhere", { company: encounter.company.name, round: encounter.round, date: format.dateTime(encounter.askedAt, "date") })}
            </Link>
            {encounter.answeredWell ? null : <Badge variant="warning">{t("answeredBadly")}</Badge>}
          </li>
        ))}
      </ul>
    </section>
  );
}
