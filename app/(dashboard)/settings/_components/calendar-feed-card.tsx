"use client";

import { useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";

import { rotateCalendarFeedAction } from "../actions";

type TProps = {
  /** The app's public origin, e.g. `https://offerboard.example`. */
  origin: string;
  /** The feed's token, or null when a link exists that cannot be shown (made before it could be). */
  token: string | null;
};

/**
 * The private feed link, shown whenever settings opens, with a webcal:// link for calendar apps
 * and a copy button; making a new one is confirmed, as the old one stops working.
 */
export function CalendarFeedCard({ origin, token: initial }: TProps) {
  const t = useTranslations("calendarFeed");
  const { pending, run } = useAction();
  const [token, setToken] = useState(initial);
  const url = token ? `${origin}/api/calendar/${token}.ics` : "";

  const make = () => run(() => rotateCalendarFeedAction(), { success: t("made"), onDone: (result) => setToken(result.data) });
  const copy = () => void navigator.clipboard.writeText(url).then(() => toast.success(t("copied")));

  return (
    <div className="grid gap-4" data-testid="calendar-feed">
      {token ? (
        <>
          <p className="text-sm text-muted-foreground">{t("private")}</p>
          <div className="flex gap-2">
            <Input readOnly aria-label={t("url")} value={url} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
            <Button type="button" variant="outline" onClick={copy}>
              {t("copy")}
            </Button>
          </div>
          <a className="text-sm font-medium text-primary underline underline-offset-4 justify-self-start" href={url.replace(/^https?:/u, "webcal:")}>
            {t("subscribe")}
          </a>
        </>
      ) : (
        <p className="text-sm text-muted-foreground">{t("hidden")}</p>
      )}
      <ConfirmDialog
        trigger={
          <Button variant="outline" className="justify-self-start" pending={pending}>
            {t("rotate")}
          </Button>
        }
        title={t("rotateTitle")}
        description={t("rotateDescription")}
        confirm={t("rotateConfirm")}
        onConfirm={make}
      />
    </div>
  );
}
