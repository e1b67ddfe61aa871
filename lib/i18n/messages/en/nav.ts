import type { TArea } from "../../types";

export const nav: TArea<"nav"> = {
  label: "Main navigation",
  dashboard: "Dashboard",
  overdueBadge: "{count, plural, one {# step needs} other {# steps need}} an update",
  companies: "Companies",
  calendar: "Calendar",
  board: "Board",
  questions: "Question bank",
  review: "Review",
  import: "Import/Export",
  settings: "Settings",
};
