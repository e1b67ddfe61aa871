import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { parseNotes, summarizeParsedNotes } from "@/lib/notes";
import { REAL_NOTES_PATH } from "@/tests/helpers/real-notes";
import { createTestUser } from "@/tests/helpers/users";

import { fixtureText, rowCounts } from "./import-helpers";

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", "scripts/notes-import.ts", ...args], { env: { ...process.env }, cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 });
const summary = summarizeParsedNotes(parseNotes(fixtureText(), { year: 2026 }));

describe("npm run notes:import", { timeout: 180_000 }, () => {
  it("--json --dry-run prints exactly one JSON object with the file's counts and writes nothing", async () => {
    const user = await createTestUser();
    const { stdout } = await cli("--file", REAL_NOTES_PATH, "--email", user.email, "--dry-run", "--json", "--year", "2026");
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining([
      "sets", "questions", "placeholders", "starred", "companies", "companiesByTier", "applications", "stageEvents",
      "created", "updated", "unchanged", "suggestedMerges", "warnings",
    ]));
    expect(json).toMatchObject({
      sets: summary.sets, questions: summary.questions, placeholders: summary.placeholders, starred: summary.starred,
      companies: summary.companies, companiesByTier: summary.companiesByTier, applications: summary.applications,
      stageEvents: summary.stageEvents,
    });
    expect(json.created).toMatchObject({ sets: summary.sets, questions: summary.questions });
    expect(json.suggestedMerges).toHaveLength(summary.suggestedMerges);
    expect(json.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ line: expect.any(Number), message: expect.any(String) })]));
    expect(await rowCounts(user.id)).toMatchObject({ sets: 0, companies: 0, importRuns: 0 });
  });

  it("imports, and a second run says nothing changed", async () => {
    const user = await createTestUser();
    const first = await cli("--file", REAL_NOTES_PATH, "--email", user.email);
    expect(first.stdout).toContain(`Created: ${summary.sets} sets, ${summary.questions} questions`);
    expect(await db.question.count({ where: { userId: user.id } })).toBe(summary.questions);
    const second = JSON.parse((await cli("--file", REAL_NOTES_PATH, "--email", user.email, "--json")).stdout) as { nothingChanged: boolean };
    expect(second.nothingChanged).toBe(true);
  });

  it("fails clearly for an unknown account or an unreadable file", async () => {
    const failure = (args: string[]) => cli(...args).then(() => null, (error: { code: number; stderr: string; stdout: string }) => error);
    const noUser = await failure(["--file", REAL_NOTES_PATH, "--email", "nobody@example.test", "--json"]);
    expect(noUser?.code).toBe(1);
    expect(noUser?.stderr).toMatch(/No account with the email nobody@example.test/);
    expect(noUser?.stdout).toBe("");
    const badFile = await failure(["--file", "package.json", "--email", "nobody@example.test"]);
    expect(badFile?.stderr).toMatch(/Only \.md, \.markdown or \.txt files/);
    const usage = await failure(["--email", "x@example.test"]);
    expect(usage?.stderr).toMatch(/Usage: npm run notes:import/);
  });
});
