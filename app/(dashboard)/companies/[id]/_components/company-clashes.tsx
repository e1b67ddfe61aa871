// 撞车 on a company's page: its coming 笔试/面试 that overlap another appointment, or sit less
// than the buffer from one, with the companies they clash with and a link to that week.
import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { extraLabel } from "@/lib/applications/stages";
import type { TCalendarSettings } from "@/lib/calendar/settings";
import { listCompanyClashes } from "@/lib/services/calendar";

type TProps = { userId: string; companyId: string; timeZone: string; settings: TCalendarSettings };

export async function CompanyClashes({ userId, companyId, timeZone, settings }: TProps) {
  const [t, { bufferMinutes, clashes }] = await Promise.all([getTranslations(), listCompanyClashes(userId, companyId, timeZone, settings)]);
  if (clashes.length === 0) return null;
  return (
    <section aria-labelledby="company-clashes" data-testid="company-clashes" className="space-y-2 rounded-lg border border-red-500/40 bg-red-500/5 p-4">
      <h2 id="company-clashes" className="flex items-center gap-1.5 text-sm font-semibold text-red-700 dark:text-red-300">
        <AlertTriangle aria-hidden="true" className="size-4" />
        {t("calendar.clashesTitle")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("calendar.clashesBody", { buffer: bufferMinutes })}</p>
      <ul className="space-y-1 text-sm">
        {clashes.map((clash) => (
          <li key={clash.eventId}>
            <Link href={`/calendar?view=week&date=${clash.start.slice(0, 10)}`} className="font-medium hover:underline">
              {[clash.start.replace("T", " "), t(`stages.stage.${clash.stage}`), extraLabel(clash.stage, clash.label)].filter(Boolean).join(" ")}
            </Link>
            {" · "}
            {t("calendar.clashWith", { names: clash.clashesWith.join("、") })}
          </li>
        ))}
      </ul>
    </section>
  );
}
