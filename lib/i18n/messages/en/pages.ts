import type { TArea } from "../../types";

export const settings: TArea<"settings"> = {
  title: "Settings",
  description: "Account and preferences",
  account: "Account",
  accountDescription: "The name and email you sign in with",
  name: "Name",
  email: "Email",
  language: "Language",
  languageDescription: "The language of the interface, saved to your account",
  theme: "Appearance",
  themeDescription: "Light, dark, or follow your system",
  saved: "Saved",
};
