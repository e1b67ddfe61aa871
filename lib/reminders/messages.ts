// What a reminder says, in the user's language and time zone: the short text every webhook gets,
// and the mail (subject and plain text with the event's details and links). Pure.
import { localeOf } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/dictionaries";
import type { TTranslate } from "@/lib/i18n/types";

import type { TReminderMessage } from "./payload";
import { reminderWording, type TReminderKind, type TReminderTimes } from "./times";

export type TReminderEvent = { stage: string; label: string; scheduledAt: Date; link: string | null; companyId: string; companyName: string };
/** Who reads it: their language, zone and times, and the app's public URL for the link back (none when unknown). */
export type TReminderReader = { locale: string; timeZone: string; times: TReminderTimes; appUrl: string | null };

/** The short text of the `kind` reminder sent at `now`, worded by when it goes out. */
export function reminderMessage(kind: TReminderKind, event: TReminderEvent, reader: TReminderReader, now: Date): TReminderMessage {
  return messageIn(translatorOf(reader), kind, event, reader, now);
}

const translatorOf = (reader: TReminderReader) => translatorFor(localeOf(reader.locale), reader.timeZone);

function messageIn(t: TTranslate, kind: TReminderKind, event: TReminderEvent, reader: TReminderReader, now: Date): TReminderMessage {
  const wording = reminderWording(kind, event.scheduledAt, now, reader.timeZone, reader.times);
  return { title: t("reminders.message.title"), text: t(`reminders.message.${wording}`, { at: event.scheduledAt, company: event.companyName, label: labelOf(t, event) }) };
}

function labelOf(t: TTranslate, event: TReminderEvent): string {
  return event.label || t(`stages.stage.${event.stage}` as "stages.stage.INTERVIEW");
}

/** The reminder as a mail: subject, then the text, company, stage, time in the reader's zone, the platform link and the company page. */
export function reminderMail(kind: TReminderKind, event: TReminderEvent, reader: TReminderReader, now: Date): { subject: string; text: string } {
  const t = translatorOf(reader);
  const message = messageIn(t, kind, event, reader, now);
  const stage = t(`stages.stage.${event.stage}` as "stages.stage.INTERVIEW");
  const lines = [
    message.text,
    "",
    t("reminders.mail.company", { company: event.companyName }),
    t("reminders.mail.stage", { stage: event.label && event.label !== stage ? `${stage} · ${event.label}` : stage }),
    t("reminders.mail.time", { at: event.scheduledAt, zone: reader.timeZone }),
    event.link ? t("reminders.mail.link", { link: event.link }) : null,
    reader.appUrl ? t("reminders.mail.page", { url: `${reader.appUrl.replace(/\/+$/, "")}/companies/${encodeURIComponent(event.companyId)}` }) : null,
  ];
  return { subject: t("reminders.mail.subject", { company: event.companyName, label: labelOf(t, event) }), text: `${lines.filter((line) => line !== null).join("\n")}\n` };
}
