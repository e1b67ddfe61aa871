// `npm run -s notes:import -- --file PATH --email EMAIL [--dry-run] [--json] [--year 2026]`:
// imports interview notes for an account from the command line (self-hosting, scripting).
// With --json, stdout carries exactly one JSON object (logs go to stderr); `-s` keeps npm's own
// banner off stdout.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { translatorFor } from "@/lib/i18n/dictionaries";

import { fail, withDatabase } from "./cli";

const t = translatorFor("en");
const USAGE = t("cli.import.usage");

function parseCli() {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      email: { type: "string" },
      year: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.file || !values.email) throw new Error(USAGE);
  const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`${t("cli.import.yearRange")} ${USAGE}`);
  return { file: values.file, email: values.email.trim().toLowerCase(), year, dryRun: values["dry-run"], json: values.json };
}

async function main() {
  const args = parseCli();
  if (args.json) console.log = (...parts: unknown[]) => console.error(...parts);
  const bytes = await readFile(args.file).catch(() => {
    throw new Error(t("cli.import.cannotRead", { file: args.file }));
  });
  const [{ readNotesFile }, { cliImportReport, cliErrorMessage }] = await Promise.all([
    import("@/lib/notes/notes-file"),
    import("./import-cli"),
  ]);
  let notes;
  try {
    notes = readNotesFile(path.basename(args.file), new Uint8Array(bytes));
  } catch (error) {
    throw cliErrorMessage(error);
  }
  const report = await withDatabase(() =>
    cliImportReport(args.email, { fileName: path.basename(args.file), ...notes, year: args.year }, args.dryRun),
  );
  if (args.json) {
    process.stdout.write(`${JSON.stringify(report.json)}\n`);
    return;
  }
  for (const line of report.lines) process.stdout.write(`${line}\n`);
}

main().catch(fail);
