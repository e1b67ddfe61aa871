import type { TArea } from "../../types";

export const theme: TArea<"theme"> = {
  label: "Theme",
  light: "Light",
  dark: "Dark",
  system: "System",
};

export const locale: TArea<"locale"> = {
  label: "Language",
  switchTo: "Switch language",
};
