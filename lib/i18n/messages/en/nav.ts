import type { TArea } from "../../types";

export const nav: TArea<"nav"> = {
  label: "Main navigation",
  dashboard: "Dashboard",
  companies: "Companies",
  board: "Board",
  questions: "Question bank",
  import: "Import/Export",
  settings: "Settings",
};
