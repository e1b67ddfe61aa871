// The company page's 被问到的题: the questions asked there, by interview (latest first), each in
// the order asked, with the interview's 面经 and a way to log more.
import { ClipboardList } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { listCompanyEncounters } from "@/lib/services/encounters";

import { CompanySection } from "../company-section";
import { DeleteEncounterButton } from "./delete-encounter-button";
import { MianjingDialog } from "./mianjing-dialog";

/** `logLink`: show the way to the logging page (not on that page itself). */
type TProps = { userId: string; companyId: string; companyName: string; logLink?: boolean };

export async function CompanyAsked({ userId, companyId, companyName, logLink = true }: TProps) {
  const [t, format, interviews] = await Promise.all([getTranslations("encounters"), getFormatter(), listCompanyEncounters(userId, companyId)]);
  return (
    <CompanySection
      titleId="company-asked"
      title={t("companySection")}
      actions={
        logLink ? (
          <LinkButton href={`/companies/${companyId}/asked`} icon={ClipboardList} variant="outline" size="sm">
            {t("companyLogLink")}
          </LinkButton>
        ) : null
      }
      data-testid="company-asked"
    >
      {interviews.length === 0 ? <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">{t("companyEmpty")}</p> : null}
      {interviews.map((interview) => (
        <article key={`${interview.round}:${interview.askedAt.toISOString()}`} className="rounded-lg border p-4">
          <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-sm font-medium">
              {t("interviewHeading", { round: interview.round || t("interviewNoRound"), date: format.dateTime(interview.askedAt, "date") })}
            </h3>
            <MianjingDialog company={companyName} round={interview.round} questions={interview.questions.map((q) => q.title)} />
          </header>
          <ol className="space-y-1 text-sm">
            {interview.questions.map((question, index) => (
              <li key={question.id} className="flex items-center gap-2">
                <span className="w-6 text-muted-foreground tabular-nums">{index + 1}.</span>
                <Link href={`/questions/${question.setId}/${question.questionId}`} className="min-w-0 flex-1 break-words hover:underline">
                  {question.title}
                </Link>
                {question.answeredWell ? null : <Badge variant="warning">{t("answeredBadly")}</Badge>}
                <DeleteEncounterButton encounterId={question.id} />
              </li>
            ))}
          </ol>
        </article>
      ))}
    </CompanySection>
  );
}
