// The real notes kept beside the project (../shared/fixtures). Tests read them unconditionally:
// a missing file fails the test run instead of skipping what it should check.
import { readFileSync } from "node:fs";
import path from "node:path";

export const REAL_NOTES_PATH = path.resolve(process.cwd(), "../shared/fixtures/interview-notes.md");

export const realNotesText = (): string => readFileSync(REAL_NOTES_PATH, "utf8");
