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
  },
  user: {
    emailInvalid: "--email is not a valid email address",
    passwordTooShort: "--password must be at least 8 characters",
    passwordTooLong: "--password must be at most 128 characters",
    passwordWeak: "--password needs at least one letter and one digit",
    nameRequired: "--name must not be empty",
    nameTooLong: "--name must be at most 50 characters",
    emailTaken: "an account with this email already exists",
  },
};
