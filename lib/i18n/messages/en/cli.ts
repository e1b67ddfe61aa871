import type { TArea } from "../../types";

export const cli: TArea<"cli"> = {
  import: {
    summary:
      "{file}: {sets} sets, {questions} questions ({placeholders} placeholders, {starred} starred), {companies} companies (S {tierS}, A {tierA}, B {tierB}, C {tierC}, N {tierN}), {applications} applications, {stageEvents} stage events",
    counts: "{sets} sets, {questions} questions, {companies} companies, {applications} applications, {stageEvents} stage events",
    nothingChanged: "Nothing changed: your account already has everything in this file.",
    wouldCreate: "Would create: {counts}",
    created: "Created: {counts}",
    wouldUpdate: "Would update: {counts}",
    updated: "Updated: {counts}",
    unchanged: "Unchanged: {counts}",
    suggestedMerge: "Suggested merge (kept apart; confirm it on /import): {a} ⇄ {b} — {reason}",
    conflict: "Conflict, line {line}: {company}: {message}",
    warning: "Warning, line {line}: {message}",
    dryRun: "Dry run: nothing was written.",
    usage: "Usage: npm run notes:import -- --file PATH --email EMAIL [--dry-run] [--json] [--year 2026]",
    yearRange: "--year must be a year from 2000 to 2100.",
    cannotRead: "Cannot read {file}",
    noAccount: "No account with the email {email}. Create one with npm run user:create.",
  },
  user: {
    emailInvalid: "--email is not a valid email address",
    passwordTooShort: "--password must be at least 8 characters",
    passwordTooLong: "--password must be at most 128 characters",
    passwordWeak: "--password needs at least one letter and one digit",
    nameRequired: "--name must not be empty",
    nameTooLong: "--name must be at most 50 characters",
    emailTaken: "an account with this email already exists",
    usage: "Usage: npm run user:create -- --email EMAIL --password PASSWORD [--name NAME]",
    created: "created {email} ({name})",
  },
};
