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

export const companies: TArea<"companies"> = {
  title: "Companies",
  description: "Your target companies, tiered S/A/B/C/N",
  emptyTitle: "No companies yet",
  emptyBody: "Add a company or import the tier list from your notes to see each company's tier, stage and next test or interview here.",
  importNotes: "Import notes",
};

export const board: TArea<"board"> = {
  title: "Board",
  description: "Every application, by stage",
  emptyTitle: "The board is empty",
  emptyBody: "Your applications will line up in columns (applied → assessment → written test → interview → offer); drag a card to move it on.",
  addCompany: "Add a company",
};

export const questions: TArea<"questions"> = {
  title: "Question bank",
  description: "Question sets, answers and review progress",
  emptyTitle: "No questions yet",
  emptyBody: "Import your notes: each section becomes a question set, and its numbered items become questions with answers.",
  importNotes: "Import notes",
};

export const importExport: TArea<"import"> = {
  title: "Import/Export",
  description: "Bring in Markdown notes, take all your data out",
  emptyTitle: "Import and export are on the way",
  emptyBody: "Upload Markdown notes here and import companies, applications and questions after a preview, or export a JSON backup, CSV and Markdown.",
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
