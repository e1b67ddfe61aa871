// "Prepare for the next interview": the next few 笔试/面试 in date order, each with its company's
// first unfinished checklist items (⭐ first) and a link to the whole checklist.
import Link from "next/link";

import { getFormatter, getTranslations } from "next-intl/server";

import { readPrepareNext } from "@/lib/cache/page-reads";
import type { TReader } from "@/lib/cache/user-reads";
import { InterviewRecall } from "@/components/review/interview-recall";
import { needsAttention } from "@/lib/prep/checklist";

/** Events shown and open items per event: the rest is one click away on the checklist. */
const EVENTS = 3;
const ITEMS_PER_EVENT = 3;

export async function PrepareNext({ user }: { user: TReader & { preferences: unknown } }) {
  const now = new Date();
  const [t, format, { events, recall }] = await Promise.all([getTranslations(), getFormatter(), readPrepareNext(user, EVENTS, ITEMS_PER_EVENT)]);
  return (
    <section aria-labelledby="prepare-next" data-testid="prepare-next">
      <h2 id="prepare-next" className="text-base font-semibold">
        {t("prep.nextTitle")}
      </h2>
      <p className="dash-sub">{t("prep.nextDescription")}</p>
      {events.length === 0 ? (
        <p className="dash-sub mt-3 rounded-xl border border-dashed p-6 text-center">{t("prep.nextEmpty")}</p>
      ) : (
        <ol className="pn-list">
          {events.map((event) => {
            const percent = event.progress?.percent ?? 0;
            const attention = needsAttention(percent, event.scheduledAt, now);
            const checklist = `/companies/${event.companyId}/prep`;
            return (
              <li key={event.eventId}>
                <div className="pn-head">
                  <time dateTime={event.scheduledAt.toISOString()}>{format.dateTime(event.scheduledAt, "short")}</time>
                  <span className="up-stage">{event.label || t(`prep.stage.${event.stage === "WRITTEN_TEST" ? "WRITTEN_TEST" : "INTERVIEW"}`)}</span>
                  <Link href={checklist}>{event.companyName}</Link>
                  <span className={attention ? "pn-pct alert" : "pn-pct"}>
                    {attention ? (
                      <span role="img" aria-label={t("prep.attention")} title={t("prep.attention")}>
                        ⚠{" "}
                      </span>
                    ) : null}
                    {t("prep.progressValue", { percent })}
                  </span>
                </div>
                <InterviewRecall eventId={event.eventId} percent={recall.get(event.eventId) ?? null} />
                {event.progress === null ? (
                  <p className="dash-sub">
                    {t("prep.nextNothing")}{" "}
                    <Link href={checklist} className="pn-more">
                      {t("prep.openChecklist")}
                    </Link>
                  </p>
                ) : event.items.length === 0 ? (
                  <p className="pn-done">✓ {t("prep.nextAllDone")}</p>
                ) : (
                  <ul className="pn-items">
                    {event.items.map((item) => (
                      <li key={`${item.kind}-${item.id}`}>
                        {item.kind === "question" ? <Link href={`/questions/${item.setId}/${item.id}`}>{item.title}</Link> : item.title}
                        {item.kind === "question" && item.stars > 0 ? (
                          <span className="pn-stars" role="img" aria-label={"★".repeat(item.stars)}>
                            {"★".repeat(item.stars)}
                          </span>
                        ) : null}
                        {item.kind === "question" && item.placeholder ? <span className="pn-todo">{t("questions.placeholder")}</span> : null}
                      </li>
                    ))}
                    {event.more > 0 ? (
                      <li className="list-none">
                        <Link href={checklist} className="pn-more">
                          {t("prep.nextMore", { count: event.more })}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
