// "Prepare for the next interview": upcoming 笔试/面试 in date order, each with its company's
// unfinished checklist items (⭐ first). Render it on the dashboard: <PrepareNext userId timeZone />.
import { AlertTriangle, CalendarClock, CheckCircle2, Circle } from "lucide-react";
import Link from "next/link";

import { Stars } from "@/app/(dashboard)/questions/_components/stars";
import { Badge } from "@/components/ui/badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { needsAttention } from "@/lib/prep/checklist";
import { listPrepareNext } from "@/lib/services/prep-next";

export async function PrepareNext({ userId, timeZone = "Asia/Shanghai" }: { userId: string; timeZone?: string }) {
  const now = new Date();
  const [t, locale, events] = await Promise.all([getT(), getLocale(), listPrepareNext(userId, now)]);
  const format = (date: Date) =>
    date.toLocaleString(locale === "zh" ? "zh-CN" : "en", { timeZone, month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <section className="space-y-3" aria-labelledby="prepare-next" data-testid="prepare-next">
      <div>
        <h2 id="prepare-next" className="text-base font-semibold">
          {t("prep.nextTitle")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("prep.nextDescription")}</p>
      </div>
      {events.length === 0 ? (
        <p className="rounded-xl border border-dashed p-6 text-center text-sm text-muted-foreground">{t("prep.nextEmpty")}</p>
      ) : (
        <ol className="space-y-3">
          {events.map((event) => {
            const percent = event.progress?.percent ?? 0;
            const attention = needsAttention(percent, event.scheduledAt, now);
            return (
              <li key={event.eventId} className="rounded-xl border p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <CalendarClock aria-hidden="true" className="size-4 text-muted-foreground" />
                  <span className="text-sm font-medium tabular-nums">{format(event.scheduledAt)}</span>
                  <Badge variant="secondary">{event.label || t(`prep.stage.${event.stage === "WRITTEN_TEST" ? "WRITTEN_TEST" : "INTERVIEW"}`)}</Badge>
                  <Link href={`/companies/${event.companyId}/prep`} className="min-w-0 truncate font-medium hover:underline">
                    {event.companyName}
                  </Link>
                  <span className={attention ? "ml-auto flex items-center gap-1 text-sm font-medium text-destructive" : "ml-auto text-sm text-muted-foreground tabular-nums"}>
                    {attention ? <AlertTriangle aria-label={t("prep.attention")} className="size-4" /> : null}
                    {t("prep.progressValue", { percent })}
                  </span>
                </div>
                {event.items.length === 0 ? (
                  <p className="mt-2 flex items-center gap-1.5 text-sm text-success">
                    <CheckCircle2 aria-hidden="true" className="size-4" />
                    {t("prep.nextAllDone")}
                  </p>
                ) : (
                  <ul className="mt-2 space-y-1">
                    {event.items.map((item) => (
                      <li key={`${item.kind}-${item.id}`} className="flex items-center gap-2 text-sm">
                        <Circle aria-hidden="true" className="size-3 shrink-0 text-muted-foreground" />
                        {item.kind === "question" ? (
                          <Link href={`/questions/${item.setId}/${item.id}`} className="min-w-0 truncate hover:underline">
                            {item.title}
                          </Link>
                        ) : (
                          <span className="min-w-0 truncate">{item.title}</span>
                        )}
                        {item.kind === "question" ? <Stars count={item.stars} /> : null}
                        {item.kind === "question" && item.placeholder ? <Badge variant="warning">{t("questions.placeholder")}</Badge> : null}
                      </li>
                    ))}
                    {event.more > 0 ? (
                      <li className="pl-5 text-xs">
                        <Link href={`/companies/${event.companyId}/prep`} className="text-muted-foreground hover:underline">
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
