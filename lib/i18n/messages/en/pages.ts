import type { TArea } from "../../types";

export const dashboard: TArea<"dashboard"> = {
  title: "Dashboard",
  description: "Your applications and upcoming tests and interviews at a glance",
  greeting: "Hi, {name}",
  emptyTitle: "Nothing here yet",
  emptyBody: "Import your interview notes or add a first company to see your funnel and upcoming tests and interviews here.",
  importNotes: "Import notes",
  addCompany: "Add a company",
};

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
