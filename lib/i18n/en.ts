// English dictionary: each area is typed against the Chinese one (TArea), so a missing or
// extra key is a type error.
import { auth } from "./messages/en/auth";
import { cli } from "./messages/en/cli";
import { common } from "./messages/en/common";
import { errors, validation } from "./messages/en/errors";
import { importPage } from "./messages/en/import";
import { nav } from "./messages/en/nav";
import { notes } from "./messages/en/notes";
import { board } from "./messages/en/board";
import { calendar } from "./messages/en/calendar";
import { calendarFeed } from "./messages/en/calendar-feed";
import { companies } from "./messages/en/companies";
import { encounters } from "./messages/en/encounters";
import { dashboard } from "./messages/en/dashboard";
import { settings } from "./messages/en/pages";
import { prep } from "./messages/en/prep";
import { questions } from "./messages/en/questions";
import { locale, theme } from "./messages/en/preferences";
import { shell } from "./messages/en/shell";
import { reminders } from "./messages/en/reminders";
import { review } from "./messages/en/review";
import { stages } from "./messages/en/stages";
import type { TMessages } from "./types";

export const en: TMessages = {
  common,
  nav,
  shell,
  theme,
  locale,
  auth,
  errors,
  validation,
  dashboard,
  companies,
  board,
  calendar,
  questions,
  prep,
  import: importPage,
  notes,
  settings,
  calendarFeed,
  cli,
  stages,
  reminders,
  encounters,
  review,
};
