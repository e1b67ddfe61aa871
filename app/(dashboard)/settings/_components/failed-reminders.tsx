"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TFailedReminder } from "@/lib/services/reminders";

import { retryFailedReminderAction } from "../actions";

/** Reminders that failed after the queue's last retry (`label` already names the stage when empty), each with a button that puts it back in line. */
export function FailedReminders({ reminders }: { reminders: TFailedReminder[] }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  if (reminders.length === 0) return null;
  return (
    <section className="grid gap-2" aria-labelledby="failed-reminders" data-testid="failed-reminders">
      <h3 id="failed-reminders" className="text-sm font-medium text-destructive">
        {t("reminders.failed.title")}
      </h3>
      <ul className="grid gap-2">
        {reminders.map((reminder) => (
          <li key={reminder.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm">
            <span className="min-w-0">
              <Link href={`/companies/${reminder.companyId}`} className="font-medium underline-offset-4 hover:underline">
                {reminder.companyName}
              </Link>{" "}
              {reminder.label}
              <span className="block text-muted-foreground">
                {t("reminders.failed.item", { at: reminder.scheduledAt, kind: reminder.kind === "day-before" ? "day" : "lead", channel: reminder.channel, error: reminder.error ?? "" })}
              </span>
            </span>
            <Button type="button" size="sm" variant="outline" disabled={pending} onClick={() => run(() => retryFailedReminderAction({ id: reminder.id }), { success: t("reminders.failed.queued") })}>
              {t("reminders.failed.retry")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
