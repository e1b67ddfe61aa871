// English dictionary: each area is typed against the Chinese one (TArea), so a missing or
// extra key is a type error.
import { auth } from "./messages/en/auth";
import { common } from "./messages/en/common";
import { errors, validation } from "./messages/en/errors";
import { nav } from "./messages/en/nav";
import { board, companies, dashboard, importExport, questions, settings } from "./messages/en/pages";
import { locale, theme } from "./messages/en/preferences";
import { shell } from "./messages/en/shell";
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
  questions,
  import: importExport,
  settings,
};
