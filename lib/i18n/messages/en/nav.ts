import type { TArea } from "../../types";

export const nav: TArea<"nav"> = {
  label: "Main navigation",
  dashboard: "Dashboard",
  overdueBadge: "{count, plural, one {{shown} step needs} other {{shown} steps need}} an update",
  companies: "Companies",
  calendar: "Calendar",
  board: "Board",
  questions: "Question bank",
  review: "Review",
  import: "Import/Export",
  settings: "Settings",
};
