import type { TArea } from "../../types";

export const reminders: TArea<"reminders"> = {
  title: "Reminders",
  description: "Get reminders even when the app is closed: at 20:00 the day before and one hour before, sent to your group bot or push service.",
  preset: "Type",
  presets: { GENERIC: "Generic JSON", WECOM: "WeCom group bot", FEISHU: "Feishu bot", BARK: "Bark", SERVERCHAN: "ServerChan" },
  url: "Webhook URL",
  save: "Save",
  saved: "Saved",
  remove: "Remove",
  sendTest: "Send a test",
  testSent: "Test message sent",
  lastSent: "Last sent: {at, date, dateTime}",
  lastError: "Last failure ({at, date, dateTime}): {error}",
  badUrl: "Enter a public address starting with http:// or https:// (not an internal or local one)",
  sendFailed: "Sending failed: {error}",
  noChannel: "Save a webhook URL first",
  failed: {
    title: "Reminders that could not be sent",
    item: "{kind, select, day-before {Day-before reminder} other {Lead reminder}} · {at, date, dateTime} · {error}",
    retry: "Try again",
    queued: "Back in line: it is sent again within a minute",
  },
  message: {
    "day-before": "Tomorrow {at, date, time}: {company} {label}",
    "hour-before": "Coming up at {at, date, time}: {company} {label}",
    title: "Reminder",
    test: "This is a test reminder: if you see it, the webhook works.",
  },
};
