// One event of the dashboard's lists: its company (tier and a link) over its stage, label and
// role; what a list adds (the time, say) follows on the second line.
import Link from "next/link";
import type { ReactNode } from "react";

import { TierBadge } from "@/components/companies/labels";
import { stageLabel } from "@/lib/applications/stages";
import type { Stage, Tier } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/config";

type TEvent = { companyId: string; companyName: string; tier: Tier | null; stage: Stage; label: string; role: string };

export function EventSummary({ event, locale, children }: { event: TEvent; locale: TLocale; children?: ReactNode }) {
  return (
    <div className="ev-sum">
      <p>
        <TierBadge tier={event.tier} />
        <Link href={`/companies/${event.companyId}`}>{event.companyName}</Link>
      </p>
      <small>
        <span className="up-stage">{stageLabel(event.stage, locale)}</span>
        {[event.label, event.role].filter(Boolean).join(" · ")}
        {children}
      </small>
    </div>
  );
}
