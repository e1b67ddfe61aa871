// 复盘: after a 笔试/面试 whose time has passed with no question logged for it, the dashboard asks
// for the questions asked there, linking to the company's logging page for that step.
import { ClipboardList } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { readDebriefPrompts } from "@/lib/cache/page-reads";
import type { TReader } from "@/lib/cache/user-reads";

import { DashPanel } from "./dash-panel";

export async function DebriefPrompt({ user }: { user: TReader }) {
  const prompts = await readDebriefPrompts(user);
  if (prompts.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <DashPanel titleId="debrief-title" title={t("encounters.debriefTitle")} description={t("encounters.debriefDescription")} data-testid="debrief">
      <ul className="mt-2 divide-y">
        {prompts.map((prompt) => (
          <li key={prompt.eventId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
            <Link href={`/companies/${prompt.companyId}`} className="font-medium hover:underline">
              {prompt.companyName}
            </Link>
            <span className="up-stage">{prompt.label || t(`prep.stage.${prompt.stage === "WRITTEN_TEST" ? "WRITTEN_TEST" : "INTERVIEW"}`)}</span>
            <time dateTime={prompt.at.toISOString()} className="text-muted-foreground">
              {format.dateTime(prompt.at, "short")}
            </time>
            <Link
              href={`/companies/${prompt.companyId}/asked?event=${encodeURIComponent(prompt.eventId)}`}
              className="ml-auto inline-flex h-7 items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium shadow-xs hover:bg-accent"
            >
              <ClipboardList aria-hidden="true" className="size-3.5" />
              {t("encounters.debriefAction")}
            </Link>
          </li>
        ))}
      </ul>
    </DashPanel>
  );
}
