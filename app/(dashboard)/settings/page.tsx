import type { Metadata } from "next";
import { headers } from "next/headers";

import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { env } from "@/lib/env.js";
import { getCalendarFeedToken } from "@/lib/services/calendar-feed";
import { timeZoneChoices } from "@/lib/dates/zone";
import { getNow, getTranslations } from "next-intl/server";
import { getTheme } from "@/lib/preferences";
import { getReminderEmail } from "@/lib/services/reminder-email";
import { getReminderChannel, listFailedReminders } from "@/lib/services/reminders";
import { calendarSettingsOf } from "@/lib/validation/calendar";
import { reminderTimesOf } from "@/lib/validation/reminders";

import { CalendarFeedCard } from "./_components/calendar-feed-card";
import { CalendarSettingsCard } from "./_components/calendar-settings-card";
import { DeleteAccount } from "./_components/delete-account";
import { EmailForm } from "./_components/email-form";
import { FailedReminders } from "./_components/failed-reminders";
import { LanguageChoice } from "./_components/language-choice";
import { NameForm } from "./_components/name-form";
import { PasswordForm } from "./_components/password-form";
import { ReminderEmail } from "./_components/reminder-email";
import { ReminderTimes } from "./_components/reminder-times";
import { ReminderWebhook } from "./_components/reminder-webhook";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";
import { ThemeChoice } from "./_components/theme-choice";
import { TimeZoneChoice } from "./_components/time-zone-choice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("settings.title") };
}

/** The app's public address (NEXTAUTH_URL, always set by `npm start`), else the request's host. */
async function appOrigin(): Promise<string> {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const requestHeaders = await headers();
  return `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "localhost"}`;
}

export default async function SettingsPage() {
  const [user, t, theme, now] = await Promise.all([requireUser(), getTranslations(), getTheme(), getNow()]);
  const [feedToken, reminderChannel, reminderEmail, failedReminders, origin] = await Promise.all([
    getCalendarFeedToken(user.id),
    getReminderChannel(user.id),
    getReminderEmail(user.id),
    listFailedReminders(user.id),
    appOrigin(),
  ]);
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      <div className="grid max-w-2xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("settings.account")}</CardTitle>
            <CardDescription>{t("settings.accountDescription")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <NameForm name={user.name} />
            <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="text-muted-foreground">{t("settings.email")}</dt>
              <dd className="min-w-0 font-medium break-all" data-testid="account-email">
                {user.email}
              </dd>
            </dl>
            <EmailForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("settings.security")}</CardTitle>
            <CardDescription>{t("settings.securityDescription")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <PasswordForm />
            <SignOutEverywhere />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle id="settings-language">{t("settings.language")}</CardTitle>
            <CardDescription>{t("settings.languageDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <LanguageChoice labelledBy="settings-language" />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("settings.timeZone")}</CardTitle>
            <CardDescription>{t("settings.timeZoneDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <TimeZoneChoice current={user.timeZone} choices={timeZoneChoices(user.timeZone, now)} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("reminders.title")}</CardTitle>
            <CardDescription>{t("reminders.description")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <ReminderWebhook channel={reminderChannel} />
            <ReminderEmail available={reminderEmail.available} accountEmail={user.email} setting={reminderEmail.setting} />
            <ReminderTimes times={reminderTimesOf(user.preferences)} />
            <FailedReminders reminders={failedReminders.map((reminder) => ({ ...reminder, label: reminder.label || t(`stages.stage.${reminder.stage}`) }))} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle id="settings-theme">{t("settings.theme")}</CardTitle>
            <CardDescription>{t("settings.themeDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ThemeChoice labelledBy="settings-theme" theme={theme} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("calendar.settings.title")}</CardTitle>
            <CardDescription>{t("calendar.settings.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <CalendarSettingsCard settings={calendarSettingsOf(user.preferences)} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("calendarFeed.title")}</CardTitle>
            <CardDescription>{t("calendarFeed.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <CalendarFeedCard origin={origin} token={feedToken} />
          </CardContent>
        </Card>
        <Card className="border-destructive/50">
          <CardHeader>
            <CardTitle className="text-destructive">{t("settings.dangerZone")}</CardTitle>
            <CardDescription>{t("settings.dangerZoneDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteAccount />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
