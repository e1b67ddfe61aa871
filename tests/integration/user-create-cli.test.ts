import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], { env: { ...process.env }, cwd: process.cwd() });

describe("npm run user:create", () => {
  it("creates an account that can sign in", async () => {
    const { stdout } = await cli("--email", "CLI.User@Example.test", "--password", "cli-pass-1", "--name", "命令行");
    expect(stdout).toContain("created cli.user@example.test (命令行)");
    const user = await db.user.findUnique({ where: { email: "cli.user@example.test" }, select: { name: true } });
    expect(user).toEqual({ name: "命令行" });
  });

  it.each([
    [["--email", "bad", "--password", "cli-pass-1"], /not a valid email/],
    [["--email", "weak@example.test", "--password", "short"], /at least 8 characters/],
    [["--password", "cli-pass-1"], /Usage: npm run user:create/],
  ])("refuses %j with a clear message and writes nothing", async (args, message) => {
    const before = await db.user.count();
    const failure = await cli(...args).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(message);
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a taken email", async () => {
    await cli("--email", "taken@example.test", "--password", "cli-pass-1");
    const failure = await cli("--email", "taken@example.test", "--password", "cli-pass-2").catch((error: { stderr: string }) => error);
    expect((failure as { stderr: string }).stderr).toMatch(/already exists/);
  });
});
