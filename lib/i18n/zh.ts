// The Chinese dictionary is the source of truth: its shape defines every key (see types.ts),
// and en.ts must match it. Areas live in messages/zh/*.ts; add a key there, then in
// messages/en/*.ts (TypeScript reports any key missing or extra in English).
import { auth } from "./messages/zh/auth";
import { cli } from "./messages/zh/cli";
import { common } from "./messages/zh/common";
import { errors, validation } from "./messages/zh/errors";
import { importPage } from "./messages/zh/import";
import { nav } from "./messages/zh/nav";
import { notes } from "./messages/zh/notes";
import { board } from "./messages/zh/board";
import { calendar } from "./messages/zh/calendar";
import { calendarFeed } from "./messages/zh/calendar-feed";
import { companies } from "./messages/zh/companies";
import { encounters } from "./messages/zh/encounters";
import { dashboard } from "./messages/zh/dashboard";
import { settings } from "./messages/zh/pages";
import { prep } from "./messages/zh/prep";
import { questions } from "./messages/zh/questions";
import { locale, theme } from "./messages/zh/preferences";
import { shell } from "./messages/zh/shell";
import { reminders } from "./messages/zh/reminders";
import { review } from "./messages/zh/review";
import { stages } from "./messages/zh/stages";

export const zh = {
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
